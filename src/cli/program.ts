// The program: defines the commands (cheap) and imports each one's module only when it runs. With main.ts,
// the only place that sets the exit code.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, printable, RungsError } from '../errors.js';
import { FORMATS, DEFAULT_FORMAT, type View } from '../render/formats.js';
import pkg from '../../package.json';

export interface GlobalOptions {
  data?: string;
  color: boolean;
  verbose?: boolean;
  format?: string;
  output?: string;
}

type Loader = () => Promise<{ run(args: string[], options: Record<string, unknown>): Promise<number> | number }>;

function build(): Command {
  const program = new Command('rungs')
    .description('A career-path advisor for customer and technical support professionals.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--data <dir>', 'the framework folder to use (default: $RUNGS_DATA, else the built-in framework)')
    .option('--no-color', 'no colours in terminal output (also NO_COLOR=1)')
    .option('--verbose', 'show stack traces for unexpected errors')
    .option('--max-file-size <MB>', 'refuse framework and profile files larger than this', parseMegabytes, 1)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showHelpAfterError('hint: run with --help for usage')
    // Usage errors in the same shape as every other error: "rungs: <what is wrong>", then a hint.
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'rungs: ')) })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ rungs roles                         the ladder and the paths, as a table
  $ rungs role support-team-lead        one role: what it does, how to get there, its skills
  $ rungs assess --save me.yaml         the questionnaire, then your next role and what to develop
  $ rungs recommend me.yaml -f json     the same advice from saved answers, for scripts
  $ rungs report team/ -f html -o team.html
  $ rungs validate ./our-framework      check a framework (exit 1 on errors)

Exit codes: 0 fine, 1 findings (invalid data, some inputs failed), 2 usage or fatal error, 130 cancelled.
Docs: https://www.npmjs.com/package/rungs`,
  );

  const command = (name: string, description: string, view: View | undefined, examples: string[], load: Loader) => {
    const cmd = program.command(name).description(description).exitOverride();
    if (view) {
      cmd.addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS[view]).default(DEFAULT_FORMAT[view]));
      cmd.option('-o, --output <file>', 'write the output to a file (atomically) instead of stdout');
    }
    cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}`);
    cmd.action(async (...args: unknown[]) => {
      const self = args[args.length - 1] as Command;
      // Whether -f was given matters where the default depends on the environment (validate in GitHub Actions).
      const options = { ...self.optsWithGlobals(), formatGiven: self.getOptionValueSource('format') === 'cli' };
      const positional = self.args;
      const module = await load();
      process.exitCode = await module.run(positional, options);
    });
    return cmd;
  };

  command('roles', 'list the roles: the ladder, the expert and management paths, the lateral moves', 'roles', [
    'rungs roles',
    'rungs roles --track expert',
    'rungs roles -f json | jq ".[].id"',
  ], () => import('./commands/roles.js')).option('--track <id>', 'only the roles on this track');

  command('role', 'show one role: summary, responsibilities, how to get here, skills, next moves', 'role', [
    'rungs role support-team-lead',
    'rungs role senior-support-analyst -f markdown',
  ], () => import('./commands/role.js')).argument('<id>', 'the role id (see rungs roles)');

  command('skills', 'list the skills, by category', 'skills', [
    'rungs skills',
    'rungs skills --category technical',
    'rungs skills -f json',
  ], () => import('./commands/skills.js')).option('--category <id>', 'only the skills in this category');

  command('paths', 'the role graph as a tree: where the expert and management paths fork', 'paths', [
    'rungs paths',
    'rungs paths --from senior-support-analyst',
  ], () => import('./commands/paths.js')).option('--from <id>', 'start the tree at this role (default: every entry role)');

  command('compare', 'compare two roles skill by skill (e.g. the expert and the management path)', 'compare', [
    'rungs compare support-expert support-team-lead',
    'rungs compare senior-support-analyst support-team-lead -f markdown',
  ], () => import('./commands/compare.js'))
    .argument('<a>', 'a role id')
    .argument('<b>', 'another role id');

  command('site', 'publish the framework as a static website: a page per role, skill and fork, the role graph, JSON', undefined, [
    'rungs site -o site                 plain HTML, one CSS file, roles.json',
    'rungs site --data ./our-framework -o public',
    'rungs site -o site --force         into a folder with other files (kept)',
  ], () => import('./commands/site.js'))
    .requiredOption('-o, --output <dir>', 'the folder to write: new, empty, or a site rungs wrote before (it is updated)')
    .option('--force', 'write into a folder that is not empty and holds no previous site (its other files are kept)');

  command('init', 'write a copy of the built-in framework into a folder, to customise', undefined, [
    'rungs init ./our-framework',
    'rungs validate ./our-framework',
  ], () => import('./commands/init.js'))
    .argument('<dir>', 'a new or empty folder')
    .option('--force', 'write into a folder that is not empty (files with the same names are replaced)');

  command('validate', 'check framework folders: syntax, schemas and cross-file rules, with file:line:col', 'validate', [
    'rungs validate ./our-framework',
    'rungs validate ./our-framework --format github',
    'rungs validate ./our-framework -f junit -o validate.xml',
    'rungs validate --strict            the active framework; warnings fail too',
  ], () => import('./commands/validate.js'))
    .argument('[dir...]', 'framework folders (default: the active framework)')
    .option('--strict', 'fail (exit 1) on warnings too');

  command('assess', 'the interactive questionnaire, then your next role and what to develop', 'advice', [
    'rungs assess --save me.yaml',
    'rungs assess --resume me.yaml      retake: previous answers are the defaults',
    'rungs assess --quick               core skills only',
  ], () => import('./commands/assess.js'))
    .option('--save <file>', 'save the answers (a profile) to this file')
    .option('--resume <file>', 'start from a saved profile: its answers are the defaults, and it is updated')
    .option('--quick', 'rate only the core skills')
    .option('--force', 'replace an existing --save file');

  command('recommend', 'the advice from a saved profile, no prompts; -f html: a printable development plan', 'recommend', [
    'rungs recommend me.yaml',
    'rungs recommend me.yaml -f json',
    'rungs recommend me.yaml -f markdown -o advice.md',
    'rungs recommend me.yaml -f html -o plan.html   a one-page plan for a 1:1',
  ], () => import('./commands/recommend.js')).argument('<profile>', 'a profile file (YAML or JSON), or - for stdin');

  command('plan', 'the route from your current role to a target role, and what each step needs', 'plan', [
    'rungs plan me.yaml --to chief-customer-officer',
    'rungs plan me.yaml --to principal-support-expert -f json',
  ], () => import('./commands/plan.js'))
    .argument('<profile>', 'a profile file (YAML or JSON), or - for stdin')
    .requiredOption('--to <role>', 'the target role id');

  command('report', 'a team report over many profiles: readiness, training needs, bench strength', 'report', [
    'rungs report team/',
    'rungs report team/ -f csv -o team.csv',
    "rungs report 'team/**/*.yaml' -f json | jq '.people[] | select(.readiness > 0.8)'",
    'rungs report team/ -f html -o team.html',
    'rungs report team-2026-12/ --since team-2026-06/   change since the earlier snapshot',
    'cat people.ndjson | rungs report -',
  ], () => import('./commands/report.js'))
    .argument('<inputs...>', 'profile files, folders, quoted globs, or - for NDJSON / YAML stream on stdin')
    .option('--max-files <n>', 'refuse batches larger than this', '100000')
    .option('--bom', 'start -f csv with a byte order mark, so Excel reads it as UTF-8')
    .option('--since <dir|date>', 'change since: an earlier snapshot folder of the same team, or a date (YYYY-MM-DD)');

  command('rate', "a lead rates a person: the same skill prompts in the lead's voice; saved as manager_ratings", undefined, [
    'rungs rate team/ana.yaml',
    'rungs rate team/ana.yaml           again (or after Ctrl-C): your earlier ratings are the defaults',
  ], () => import('./commands/rate.js'))
    .argument('<profile>', 'a profile file (YAML), updated in place')
    .addHelpText('after', "\nThe person's own rating is shown only after you answer; ratings of an earlier day\nare kept in the profile's history.\nExit codes: 0 saved; 1 the profile has errors; 2 usage (no terminal, a missing\nfile); 130 cancelled (the answers so far are saved).");

  command('progress', 'what changed since the previous assessment: skills up and down, readiness, gaps closed', 'progress', [
    'rungs progress ana.yaml',
    'rungs progress ana.yaml --since 2026-06-30   against the one kept then',
    'rungs progress ana.yaml -f markdown -o ana-progress.md',
  ], () => import('./commands/progress.js'))
    .argument('<profile>', 'a profile file (YAML or JSON) with a history, or - for stdin')
    .option('--since <date>', 'compare with the latest assessment on or before this date (YYYY-MM-DD)')
    .addHelpText('after', '\nExit codes: 0 printed; 1 the profile has errors, or keeps no earlier assessment\n(none on or before --since); 2 usage (a missing file, a date not YYYY-MM-DD).');

  return program;
}

function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a size in MB greater than 0, e.g. 5 or 0.5');
  return n;
}

export async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  try {
    await build().parseAsync(argv, { from: 'user' });
  } catch (error) {
    process.exitCode = await exitCodeFor(error, verbose);
  }
}

async function exitCodeFor(error: unknown, verbose: boolean): Promise<number> {
  if (error instanceof CommanderError) {
    // Commander has already printed its message. Help and version are not errors.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof RungsError) {
    // One line each, whatever the data quoted in them holds.
    const line = (text: string) => printable(text).replace(/[\r\n\t]+/g, ' ');
    process.stderr.write(`rungs: ${line(error.message)}\n${error.hint ? `hint: ${line(error.hint)}\n` : ''}`);
    if (verbose && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (isPromptCancel(error)) {
    process.stderr.write('rungs: cancelled\n');
    return EXIT.cancelled;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`rungs: unexpected error: ${printable(message)}\n`);
  process.stderr.write(verbose && error instanceof Error && error.stack ? `${error.stack}\n` : 'hint: run again with --verbose for the stack trace, and please report it\n');
  return EXIT.usage;
}

function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

// The reader going away (EPIPE on `rungs roles | head`, or a closed stderr) is not an error worth a message.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

