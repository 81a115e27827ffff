// `rungs progress <profile> [--since DATE]`: what changed between the previous assessment kept in the profile's
// history (or the latest on or before DATE) and the current one.
//
// Exit codes: 0 printed; 1 the profile has errors, or keeps no earlier assessment to compare with (one line
// saying how to make one); 2 a usage error (missing file, a --since that is not YYYY-MM-DD).
import { indexFramework } from '../../core/index-framework.js';
import { NoHistoryError, progress } from '../../core/progress.js';
import { EXIT, RungsError } from '../../errors.js';
import type { FormatOf } from '../../render/formats.js';
import { render } from '../../render/registry.js';
import { activeFramework, emit, renderContext, type CommonOptions } from '../context.js';
import { loadProfile } from './recommend.js';

export async function run([path]: string[], options: CommonOptions & { since?: string }): Promise<number> {
  const since = options.since;
  if (since !== undefined && !isDate(since)) {
    throw new RungsError(`--since ${JSON.stringify(since)} is not a date: use YYYY-MM-DD, e.g. 2026-06-30`, EXIT.usage);
  }
  const index = indexFramework(await activeFramework(options));
  const { profile, file } = await loadProfile(path!, index, 'progress', options);
  let result;
  try {
    result = progress(index, profile, since);
  } catch (error) {
    if (!(error instanceof NoHistoryError)) throw error;
    // One line, with the way out: the first re-assessment starts the history.
    const what = error.earliest === undefined
      ? 'keeps no earlier assessment to compare with (assess again with rungs assess --resume: the previous assessment is kept)'
      : `has no assessment on or before ${since} (the earliest kept is ${error.earliest})`;
    throw new RungsError(`${file} ${what}`, EXIT.findings);
  }
  const text = await render('progress', (options.format ?? 'text') as FormatOf<'progress'>, result, renderContext(options, Boolean(options.output)));
  emit(text, options, path === '-' ? [] : [path!]);
  return EXIT.ok;
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
