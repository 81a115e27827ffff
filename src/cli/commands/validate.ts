import { validationReport } from '../../core/validation.js';
import { EXIT } from '../../errors.js';
import { resolve } from 'node:path';
import { ciPath } from '../../io/ci-paths.js';
import { readDefaultCache } from '../../io/default-cache.js';
import { defaultDataDir, displayPath } from '../../io/paths.js';
import type { FormatOf } from '../../render/formats.js';
import { render } from '../../render/registry.js';
import { dataDir, emit, maxFileBytes, renderContext, type CommonOptions } from '../context.js';

export async function run(dirs: string[], options: CommonOptions & { strict?: boolean }): Promise<number> {
  const started = performance.now();
  // In a GitHub Actions job the default becomes annotations, as yamllint does; an explicit -f wins.
  const format = (!options.formatGiven && process.env.GITHUB_ACTIONS === 'true' ? 'github' : options.format) as FormatOf<'validate'>;
  const targets = dirs.length ? dirs : [dataDir(options)];
  const results = [];
  for (const dir of targets) {
    // The built-in framework was checked when rungs was built, and its files have not changed since (the
    // cache compares sizes and mtimes): reuse that result rather than parse ~70 YAML files again.
    const cached = resolve(dir) === defaultDataDir() ? readDefaultCache() : undefined;
    if (cached) {
      results.push({ dir: displayPath(defaultDataDir()), files: cached.files, problems: cached.problems });
      continue;
    }
    const { loadFramework } = await import('../../io/load-framework.js');
    const loaded = loadFramework(dir, { maxFileBytes: maxFileBytes(options) });
    results.push({ dir: displayPath(loaded.dir), files: loaded.files, problems: loaded.problems });
  }
  // Annotations and code scanning attach to files by their path from the repository root.
  if (format === 'github' || format === 'sarif') {
    const cwd = process.cwd();
    const root = process.env.GITHUB_WORKSPACE || undefined;
    for (const r of results) r.problems = r.problems.map((p) => ({ ...p, file: ciPath(p.file, cwd, root) }));
  }
  const report = { ...validationReport(results, options.strict === true), seconds: (performance.now() - started) / 1000 };
  emit(await render('validate', format, report, renderContext(options, Boolean(options.output))), options, [], targets);
  return report.ok ? EXIT.ok : EXIT.findings;
}
