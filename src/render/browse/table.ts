// The browse tables without wrapped columns (roles, a role's skills, compare), drawn by box.ts: the same bytes as
// cli-table3 draws for them (test/unit/table-width.test.ts holds the two together, real names included), without
// loading cli-table3, about a third of `rungs roles`. A table with wrapped columns is wrapped-table.ts's.
import type { RenderContext } from '../formats.js';
import { box } from '../box.js';
import { clean, palette } from '../text.js';

export function table(head: string[], rows: (string | number)[][], context: RenderContext): string {
  const c = palette(context);
  return `${box(head.map((h) => c.bold(h)), rows, { border: context.color ? c.grey : undefined })}\n`;
}

export { clean };
