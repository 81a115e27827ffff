import type { RoleDetail } from '../../core/browse.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import { mdEscape, mdTable } from '../markdown.js';
import { clean, palette, wrap } from '../text.js';
import { table } from './table.js';

export const roleText: Formatter<RoleDetail> = (r, context) => {
  const c = palette(context);
  const width = Math.min(context.width ?? 100, 100);
  const out: string[] = [];
  out.push(`${c.bold(clean(r.title))} ${c.dim(`(${clean(r.id)})`)}`);
  out.push(`Level ${r.level} · ${clean(r.track.name)}${r.entry ? ' · entry role' : ''}`);
  out.push('', wrap(r.summary, width));
  out.push('', c.bold('Responsibilities'), ...r.responsibilities.map((x) => wrap(`• ${x}`, width, '  ').replace(/^ {2}/, '')));
  out.push('', c.bold('How to get here'), ...r.how_to_get_here.map((x) => wrap(`• ${x}`, width, '  ').replace(/^ {2}/, '')));
  out.push('', c.bold('Skills'));
  out.push(
    table(
      ['Skill', 'Target', 'Importance'],
      r.skills.map((s) => [clean(s.name) + (s.core ? c.yellow(' ★') : ''), `${s.level} ${clean(s.level_name)}`, `${'●'.repeat(s.importance)}${'○'.repeat(5 - s.importance)}`]),
      context,
    ).trimEnd(),
  );
  out.push(c.dim('★ core skill: far short of it means not ready yet'));
  if (r.certifications.length) out.push('', c.bold('Certifications'), ...r.certifications.map((x) => `• ${clean(x)}`));
  out.push('', c.bold('Next'));
  if (!r.next.length) out.push('  This is the top of its path.');
  for (const n of r.next) out.push(`  ${n.type === 'promotion' ? '↑' : '↔'} ${clean(n.title)} ${c.dim(`(${clean(n.role)}, level ${n.level}, ${n.type})`)}${n.note ? `\n    ${c.dim(clean(n.note))}` : ''}`);
  if (r.previous.length) out.push('', c.bold('Comes from'), ...r.previous.map((p) => `  ${clean(p.title)} ${c.dim(`(${clean(p.role)}, ${p.type})`)}`));
  return `${out.join('\n')}\n`;
};

export const roleJson: Formatter<RoleDetail> = (r) => toJson(r);

export const roleMarkdown: Formatter<RoleDetail> = (r) => {
  const out = [
    `# ${mdEscape(r.title)}`,
    '',
    `Level ${r.level} · ${mdEscape(r.track.name)}${r.entry ? ' · entry role' : ''} · id \`${r.id}\``,
    '',
    mdEscape(r.summary),
    '',
    '## Responsibilities',
    '',
    ...r.responsibilities.map((x) => `- ${mdEscape(x)}`),
    '',
    '## How to get here',
    '',
    ...r.how_to_get_here.map((x) => `- ${mdEscape(x)}`),
    '',
    '## Skills',
    '',
    mdTable(['Skill', 'Target', 'Importance', 'Core'], r.skills.map((s) => [s.name, `${s.level} ${s.level_name}`, s.importance, s.core ? 'yes' : ''])),
  ];
  if (r.certifications.length) out.push('', '## Certifications', '', ...r.certifications.map((x) => `- ${mdEscape(x)}`));
  out.push('', '## Next', '');
  if (!r.next.length) out.push('This is the top of its path.');
  for (const n of r.next) out.push(`- ${mdEscape(n.title)} (${n.type})${n.note ? `: ${mdEscape(n.note)}` : ''}`);
  return `${out.join('\n')}\n`;
};
