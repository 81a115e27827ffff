// The output formats of each view: one `as const` list drives the CLI's --format choices and the types.
export const FORMATS = {
  roles: ['table', 'json', 'markdown'],
  role: ['text', 'json', 'markdown'],
  skills: ['table', 'json', 'markdown'],
  paths: ['tree', 'json', 'markdown'],
  compare: ['table', 'json', 'markdown'],
  validate: ['stylish', 'json', 'junit', 'github', 'sarif'],
  advice: ['text', 'json', 'markdown'],
  recommend: ['text', 'json', 'markdown', 'html'],
  plan: ['text', 'json', 'markdown'],
  report: ['table', 'json', 'csv', 'markdown', 'html'],
  progress: ['text', 'json', 'markdown'],
} as const;

export type View = keyof typeof FORMATS;
export type FormatOf<V extends View> = (typeof FORMATS)[V][number];

export const DEFAULT_FORMAT: { [V in View]: FormatOf<V> } = {
  roles: 'table',
  role: 'text',
  skills: 'table',
  paths: 'tree',
  compare: 'table',
  validate: 'stylish',
  advice: 'text',
  recommend: 'text',
  plan: 'text',
  report: 'table',
  progress: 'text',
};

/** What every formatter gets besides its data. */
export interface RenderContext {
  /** Colour (ANSI escapes) allowed: only ever true for terminal formats. */
  color: boolean;
  /** Terminal width for wrapping and fitting tables, when known. */
  width?: number;
  /** The terminal shows Unicode (box lines, arrows, ✔); false: ASCII stand-ins (src/render/ascii.ts). Default true. */
  unicode?: boolean;
}

export type Formatter<T> = (data: T, context: RenderContext) => string;

/** Where a streamed formatter writes its output, piece by piece. */
export type Sink = (chunk: string) => void;

/**
 * A formatter for output too large to be one string (a team report of 400,000 people is 1.7 GB of JSON, past the
 * longest string V8 can make): it writes its output to `write` in pieces, the same text a Formatter would return.
 */
export type StreamFormatter<T> = (data: T, context: RenderContext, write: Sink) => void;

/** A streamed formatter's output as one string (for output known to be small, and for tests). */
export function wholeText<T>(formatter: StreamFormatter<T>): Formatter<T> {
  return (data, context) => {
    const pieces: string[] = [];
    formatter(data, context, (piece) => pieces.push(piece));
    return pieces.join('');
  };
}
