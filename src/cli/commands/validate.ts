import { validationReport } from '../../core/validation.js';
import { EXIT } from '../../errors.js';
import { loadFramework } from '../../io/load-framework.js';
import { displayPath } from '../../io/paths.js';
import type { FormatOf } from '../../render/formats.js';
import { render } from '../../render/registry.js';
import { dataDir, emit, maxFileBytes, renderContext, type CommonOptions } from '../context.js';

export async function run(dirs: string[], options: CommonOptions & { strict?: boolean }): Promise<number> {
  // In a GitHub Actions job the default becomes annotations, as yamllint does; an explicit -f wins.
  const format = (!options.formatGiven && process.env.GITHUB_ACTIONS === 'true' ? 'github' : options.format) as FormatOf<'validate'>;
  const targets = dirs.length ? dirs : [dataDir(options)];
  const results = targets.map((dir) => {
    const loaded = loadFramework(dir, { maxFileBytes: maxFileBytes(options) });
    return { dir: displayPath(loaded.dir), files: loaded.files, problems: loaded.problems };
  });
  const report = validationReport(results, options.strict === true);
  emit(await render('validate', format, report, renderContext(options, Boolean(options.output))), options);
  return report.ok ? EXIT.ok : EXIT.findings;
}
