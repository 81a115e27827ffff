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
  /** Terminal width for wrapping, when known. */
  width?: number;
}

export type Formatter<T> = (data: T, context: RenderContext) => string;
