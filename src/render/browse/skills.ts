import type { SkillRow } from '../../core/browse.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import { mdTable } from '../markdown.js';
import { clean, palette } from '../text.js';
import { wrappedTable } from './wrapped-table.js';

export const skillsTable: Formatter<SkillRow[]> = (rows, context) => {
  const c = palette(context);
  const width = Math.max(60, Math.min(context.width ?? 100, 140));
  const body = rows.map((s) => [c.bold(clean(s.name)), clean(s.id), clean(s.category_name), s.used_by.length, clean(s.description)]);
  const technical = rows.filter((s) => s.technical).length;
  return `${wrappedTable(['Skill', 'Id', 'Category', 'Roles', 'Description'], body, context, [null, null, null, 7, Math.max(20, width - 70)])}${rows.length} skills (${technical} technical, ${rows.length - technical} non-technical)\n`;
};

export const skillsJson: Formatter<SkillRow[]> = (rows) => toJson(rows);

export const skillsMarkdown: Formatter<SkillRow[]> = (rows) =>
  `${mdTable(['Skill', 'Id', 'Category', 'Roles', 'Description'], rows.map((s) => [s.name, s.id, s.category_name, s.used_by.length, s.description]))}\n`;
