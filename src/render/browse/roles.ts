import type { RoleRow } from '../../core/browse.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import { mdTable } from '../markdown.js';
import { clean, palette } from '../text.js';
import { table } from './table.js';

const nextText = (r: RoleRow) => r.next.map((e) => (e.type === 'lateral' ? `↔ ${e.role}` : `↑ ${e.role}`)).join('\n');

export const rolesTable: Formatter<RoleRow[]> = (rows, context) => {
  const c = palette(context);
  const body = rows.map((r) => [
    r.level,
    `${c.bold(clean(r.title))}${r.entry ? c.dim(' (entry)') : ''}\n${c.dim(clean(r.id))}`,
    clean(r.track_name),
    clean(nextText(r)),
  ]);
  return `${table(['Level', 'Role / id', 'Track', 'Next (↑ promotion, ↔ lateral)'], body, context)}${rows.length} roles · rungs role <id> for details\n`;
};

export const rolesJson: Formatter<RoleRow[]> = (rows) => toJson(rows);

export const rolesMarkdown: Formatter<RoleRow[]> = (rows) =>
  `${mdTable(
    ['Level', 'Role', 'Id', 'Track', 'Next'],
    rows.map((r) => [r.level, r.title, r.id, r.track_name, r.next.map((e) => `${e.role} (${e.type})`).join(', ')]),
  )}\n`;
