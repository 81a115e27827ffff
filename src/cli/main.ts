// The entry point. The most common quick calls — `--help`, `<command> --help`, `--version` — are answered
// from text that commander rendered at build time (dist/help.json), so they cost little more than starting
// Node; `rungs` alone prints a short start (start.ts); everything else goes to the program (program.ts), which
// loads commander.
import { readFileSync } from 'node:fs';
import { START } from './start.js';

// A working folder deleted under the shell: process.cwd() throws ENOENT (uv_cwd), and path.resolve with it, so
// even absolute paths would fail. Its last known name (PWD) stands in: relative paths are then simply missing.
try {
  process.cwd();
} catch {
  const pwd = process.env.PWD;
  const stand = pwd?.startsWith('/') ? pwd : '/';
  process.cwd = () => stand;
  process.env.RUNGS_CWD_DELETED = '1'; // for the message about a relative path (errors.ts)
}

const argv = process.argv.slice(2);
const answer = quickAnswer(argv);
if (answer !== undefined) process.stdout.write(answer);
else await (await import('./program.js')).main(argv);

function quickAnswer(args: string[]): string | undefined {
  if (args.length === 0) return START;
  const help = args.length === 1 && (args[0] === '--help' || args[0] === '-h') ? '' : args.length === 2 && (args[1] === '--help' || args[1] === '-h') ? args[0] : undefined;
  const version = args.length === 1 && (args[0] === '--version' || args[0] === '-V');
  if (help === undefined && !version) return undefined;
  let texts: Record<string, string>;
  try {
    texts = JSON.parse(readFileSync(new URL('./help.json', import.meta.url), 'utf8')) as Record<string, string>;
  } catch {
    return undefined; // not built (tests of the sources), or unreadable: commander answers
  }
  return Object.hasOwn(texts, version ? '--version' : help!) ? texts[version ? '--version' : help!] : undefined;
}
