// Bidirectional controls and invisible characters from data files, made visible. A name "abc\u202Efdp.exe"
// would show as "abcexe.pdf"; a zero-width space hides a difference; U+2028 breaks a line where none is seen.
// Every human format shows them as the escape `\u202E`; JSON keeps them escaped (`\u202e`). The one place for
// this: clean() (terminal text, HTML), mdEscape (Markdown), csvField (CSV), printable (messages), toJson.
// Kept: ZWJ (U+200D) and variation selectors (U+FE00-FE0F), which join and style emoji (❤️, 👩‍💻), and ZWNJ
// (U+200C), which Persian and Indic names need; none of them hides a difference on its own.

// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/g;
// eslint-disable-next-line no-misleading-character-class
const HAS_INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/;

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');

/** The text with each such character written as `\u202E` (tested first: most text has none). */
export function neutralise(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, (c) => `\\u${hex(c).toUpperCase()}`) : text;
}

/** JSON text with each such character escaped (`\u202e`): they can only stand inside strings, where that is the same value. */
export function escapeInvisibleJson(json: string): string {
  return HAS_INVISIBLE.test(json) ? json.replace(INVISIBLE, (c) => `\\u${hex(c)}`) : json;
}
