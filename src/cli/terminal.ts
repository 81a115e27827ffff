// What the terminal can show, decided once, from the environment and the output stream: every renderer gets the
// answer in its RenderContext and reads no environment variable itself.
//
// Colour, first rule that applies: -o file or --no-color: none; NO_COLOR set (not empty): none; FORCE_COLOR: 0 or
// false none, 1, 2, 3, true or empty... forced on (also into a pipe); TERM=dumb: none; else only on a terminal.
// Characters: the first of LC_ALL, LC_CTYPE, LANG that is set decides; a locale that does not say UTF-8 (C, POSIX,
// en_US.ISO-8859-1) gets ASCII borders, arrows and marks. None set: UTF-8 (what terminals today use).
// Width: COLUMNS when it is a positive whole number (so a script or a user can narrow the tables), else the
// terminal's own width, else unknown (a pipe: each format's default).

export interface Terminal {
  color: boolean;
  /** Box lines, arrows, ✔ ✘ ◆ and the like can be shown; false: ASCII stand-ins. */
  unicode: boolean;
  /** Columns to fit in, when known. */
  width?: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface Output {
  isTTY?: boolean;
  columns?: number;
}

export function terminal(env: Env, output: Output, options: { noColor?: boolean; toFile?: boolean } = {}): Terminal {
  const width = columns(env, output);
  return { color: colour(env, output, options), unicode: utf8(env), ...(width === undefined ? {} : { width }) };
}

function colour(env: Env, output: Output, options: { noColor?: boolean; toFile?: boolean }): boolean {
  if (options.noColor || options.toFile) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return false;
    if (force === '' || force === '1' || force === '2' || force === '3' || force.toLowerCase() === 'true') return true;
  }
  if (env.TERM === 'dumb') return false;
  return output.isTTY === true;
}

function utf8(env: Env): boolean {
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== '');
  return locale === undefined || /utf-?8/i.test(locale);
}

function columns(env: Env, output: Output): number | undefined {
  const given = env.COLUMNS;
  if (given !== undefined && /^[1-9][0-9]{0,4}$/.test(given.trim())) return Number(given.trim());
  return output.isTTY && output.columns && output.columns > 0 ? output.columns : undefined;
}
