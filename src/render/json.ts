import { escapeInvisibleJson } from './neutral.js';

/** Machine output: stable, two-space indented, newline-terminated, never coloured. */
export function toJson(value: unknown): string {
  return `${escapeInvisibleJson(JSON.stringify(value, null, 2))}\n`;
}
