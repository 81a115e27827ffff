// A cli-table3 table that respects the colour setting (its own header colour is off when colour is).
import Table from 'cli-table3';
import type { RenderContext } from '../formats.js';
import { clean, palette } from '../text.js';

export function table(head: string[], rows: (string | number)[][], context: RenderContext, colWidths?: (number | null)[]): string {
  const c = palette(context);
  const t = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: context.color ? ['grey'] : [] },
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
  for (const row of rows) t.push(row.map((cell) => (typeof cell === 'number' ? String(cell) : cell)));
  return `${t.toString()}\n`;
}

export { clean };
