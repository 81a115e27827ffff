// A cli-table3 table with columns of fixed width, their text word-wrapped (the skills' descriptions). It respects
// the colour setting (its own header colour is off when colour is). In the bundle it measures text by
// src/render/width.ts's rule, as box.ts does (see src/build/build.mjs).
import Table from 'cli-table3';
import type { RenderContext } from '../formats.js';
import { palette } from '../text.js';

export function wrappedTable(head: string[], rows: (string | number)[][], context: RenderContext, colWidths: (number | null)[]): string {
  const c = palette(context);
  const t = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: context.color ? ['grey'] : [] },
    wordWrap: true,
    colWidths,
  });
  for (const row of rows) t.push(row.map((cell) => (typeof cell === 'number' ? String(cell) : cell)));
  return `${t.toString()}\n`;
}
