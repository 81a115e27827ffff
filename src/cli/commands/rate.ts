// `rungs rate <profile>`: a lead rates a person. Asks (src/cli/rate-flow.ts), then writes manager_ratings and
// manager_assessed_on into the same profile atomically, keeping everything else; the lead's ratings of an
// earlier day go to the profile's history. Ctrl-C saves the answers so far (rate again the same day continues).
// A file changed by someone else while the questions ran is left alone: the ratings go beside it.
//
// Exit codes: 0 saved; 1 the profile has errors; 2 usage (no terminal, a missing file, a JSON profile);
// 130 cancelled (answers so far saved).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFramework } from '../../core/index-framework.js';
import { callName } from '../../core/lead-voice.js';
import { withLeadRatings } from '../../core/rating.js';
import { EXIT, RungsError } from '../../errors.js';
import { packageRoot } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write.js';
import { askLeadRatings } from '../rate-flow.js';
import { activeFramework, dataDir, maxFileBytes, type CommonOptions } from '../context.js';
import { shellQuote } from '../assess-flow.js';

export async function run([path]: string[], options: CommonOptions): Promise<number> {
  if (!process.stdin.isTTY) {
    throw new RungsError('rate needs an interactive terminal', EXIT.usage, 'or add manager_ratings to the profile by hand');
  }
  if (path === '-') throw new RungsError('rate updates a profile file: name the file, not -', EXIT.usage);
  if (/\.json$/i.test(path!)) throw new RungsError(`${path}: rate writes YAML; convert the profile to YAML first`, EXIT.usage);
  const index = indexFramework(await activeFramework(options));
  const { formatProblem, profileToYaml, requireProfile } = await import('../../io/profile.js');
  const { profile, warnings } = requireProfile(path!, index, '', maxFileBytes(options));
  for (const w of warnings) process.stderr.write(`${formatProblem(w)}\n`);
  const before = readFileSync(path!, 'utf8');

  const { createInquirerPrompter } = await import('../../prompts/inquirer.js');
  const today = localDate(new Date());
  const result = await askLeadRatings(createInquirerPrompter({ output: process.stderr }), index, profile, today);
  const name = callName(profile.name);
  if (result.answered === 0) {
    process.stderr.write(result.cancelled ? `rungs: cancelled; ${path} is unchanged\n` : `rungs: nothing to rate; ${path} is unchanged\n`);
    return result.cancelled ? EXIT.cancelled : EXIT.ok;
  }

  const updated = withLeadRatings(profile, result.ratings, today);
  const yaml = profileToYaml(updated, schemaLine(before) ?? join(packageRoot(), 'schemas', 'profile.schema.json'));
  let target = path!;
  if (readFileSync(path!, 'utf8') !== before) target = `${path}.rated-${today}.yaml`;
  writeFileAtomic(target, yaml, { noClobber: target !== path, protectDirs: [dataDir(options)] });
  const count = Object.keys(updated.manager_ratings ?? {}).length;
  if (target !== path) {
    throw new RungsError(`${path}: changed while you were rating, so it was left alone; your ratings of ${name} are in ${target}`, EXIT.usage, 'compare the two files, then keep the one you want');
  }
  if (result.cancelled) {
    process.stderr.write(`rungs: cancelled; ${count} rating${count === 1 ? '' : 's'} of ${name} saved to ${path} (continue with: rungs rate ${shellQuote(path!)})\n`);
    return EXIT.cancelled;
  }
  process.stderr.write(`rungs: saved ${count} rating${count === 1 ? '' : 's'} of ${name} to ${path} (see the difference with: rungs recommend ${shellQuote(path!)})\n`);
  return EXIT.ok;
}

/** The file's own `$schema` line, kept as it was. */
function schemaLine(text: string): string | undefined {
  return /^# yaml-language-server: \$schema=(\S+)/.exec(text)?.[1];
}

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
