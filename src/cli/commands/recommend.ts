// `rungs recommend <profile>`: the advice from saved answers, no prompts. Reads the active framework
// (indexed once), the profile (a file, or - for stdin), prints the profile's warnings to stderr one line
// each (e.g. answered against another framework version), then renders the advice.
//
// Exit codes: 0 the advice was printed; 1 the profile has errors (one line with file:line:col); 2 a usage
// error (missing file, - on a terminal).
import { indexFramework, type FrameworkIndex } from '../../core/index-framework.js';
import type { Profile } from '../../core/types.js';
import { developmentPlan } from '../../core/dev-plan.js';
import { recommend } from '../../core/recommend.js';
import { EXIT, RungsError } from '../../errors.js';
import { displayPath } from '../../io/paths.js';
import { quickProfile } from '../../io/profile-quick.js';
import { readText } from '../../io/read-text.js';
import { readStdin, STDIN, stdinIsTerminal } from '../../io/stdin.js';
import type { FormatOf } from '../../render/formats.js';
import { render } from '../../render/registry.js';
import { activeFramework, emit, maxFileBytes, renderContext, type CommonOptions } from '../context.js';

export async function run([path]: string[], options: CommonOptions): Promise<number> {
  const index = indexFramework(await activeFramework(options));
  const { profile } = await loadProfile(path!, index, 'recommend', options);
  const advice = recommend(index, profile);
  // The plan carries the advice: text and json render exactly the advice, markdown and html the plan around it.
  const plan = developmentPlan(index, profile, advice, localDate(new Date()));
  const text = await render('recommend', (options.format ?? 'text') as FormatOf<'recommend'>, plan, renderContext(options, Boolean(options.output)));
  emit(text, options, path === '-' ? [] : [path!]);
  return EXIT.ok;
}

/** The profile, or a RungsError; its warnings go to stderr, one line each. Shared with `rungs plan`. */
export async function loadProfile(path: string, index: FrameworkIndex, command: string, options: CommonOptions): Promise<{ profile: Profile; file: string }> {
  if (path === '-' && stdinIsTerminal()) {
    throw new RungsError('- reads the profile from standard input, but it is a terminal', EXIT.usage, `pipe it in: cat me.yaml | rungs ${command} -`);
  }
  const stdin = path === '-' ? await readStdin(maxFileBytes(options)) : '';
  const file = path === '-' ? STDIN : displayPath(path);
  const text = path === '-' ? stdin : readText(path, file, maxFileBytes(options), []);
  // A clean profile needs neither the YAML parser nor positions: the common case starts faster.
  const quick = text === undefined ? undefined : quickProfile(text, file, index);
  if (quick) return { profile: quick, file };
  const { formatProblem, requireProfile } = await import('../../io/profile.js');
  const { profile, warnings } = requireProfile(path, index, stdin, maxFileBytes(options));
  for (const w of warnings) process.stderr.write(`${formatProblem(w)}\n`);
  return { profile, file };
}

/** YYYY-MM-DD in the local time zone: the day the lead and the person sit down, not UTC's. */
function localDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
