// The shape shared by the browsing commands: load the active framework, compute a view, render, emit.
import { UnknownIdError } from '../core/browse.js';
import type { Framework } from '../core/types.js';
import { EXIT, RungsError } from '../errors.js';
import type { FormatOf, View } from '../render/formats.js';
import { render, type ViewData } from '../render/registry.js';
import { activeFramework, emit, renderContext, type CommonOptions } from './context.js';

export async function runView<V extends View>(view: V, options: CommonOptions, compute: (fw: Framework) => ViewData[V]): Promise<number> {
  const fw = await activeFramework(options);
  let data: ViewData[V];
  try {
    data = compute(fw);
  } catch (error) {
    if (error instanceof UnknownIdError) throw new RungsError(error.message, EXIT.usage);
    throw error;
  }
  const text = await render(view, options.format as FormatOf<V>, data, renderContext(options, Boolean(options.output)));
  emit(text, options);
  return EXIT.ok;
}
