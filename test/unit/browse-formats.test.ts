// The browsing formatters: functions from data to a string, checked on a framework with hostile text.
import { describe, expect, it } from 'vitest';
import { compareRoles, pathTree, roleDetail, roleRows, skillRows } from '../../src/core/browse.js';
import type { Framework } from '../../src/core/types.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { render } from '../../src/render/registry.js';
import { DATA } from '../helpers/fixtures.js';

const base = loadFramework(DATA).framework!;
// A title with an ANSI escape and a pipe: a terminal must not obey it, a Markdown table must not break.
const hostile: Framework = {
  ...base,
  roles: base.roles.map((r) => (r.id === 'support-team-lead' ? { ...r, title: 'Team \u001b[31mLead | <b>x</b>' } : r)),
};
const plain = { color: false, width: 100 };

describe('roles', () => {
  it('table strips control characters; markdown escapes pipes and tags; json is the rows', async () => {
    const rows = roleRows(hostile);
    const table = await render('roles', 'table', rows, plain);
    expect(table).toContain('Team [31mLead | <b>x</b>');
    expect(table).not.toContain('\u001b');
    const md = await render('roles', 'markdown', rows, plain);
    expect(md).toContain('Team \\[31mLead \\| \\<b\\>x\\</b\\>');
    expect(JSON.parse(await render('roles', 'json', rows, plain))).toEqual(JSON.parse(JSON.stringify(rows)));
  });

  it('colours only when the context allows, and never in machine formats', async () => {
    const rows = roleRows(base);
    expect(await render('roles', 'table', rows, { color: true })).toMatch(/\u001b\[/);
    expect(await render('roles', 'json', rows, { color: true })).not.toMatch(/\u001b\[/);
    expect(await render('roles', 'markdown', rows, { color: true })).not.toMatch(/\u001b\[/);
  });
});

describe('role', () => {
  it('text has every section; markdown has headings; the top of a path says so', async () => {
    const text = await render('role', 'text', roleDetail(base, 'support-team-lead'), plain);
    for (const s of ['Support Team Lead', 'Responsibilities', 'How to get here', 'Skills', 'Certifications', 'Next', 'Comes from']) expect(text).toContain(s);
    const md = await render('role', 'markdown', roleDetail(base, 'chief-customer-officer'), plain);
    expect(md.split('\n')[0]).toBe('# Chief Customer Officer');
    expect(md).toContain('This is the top of its path.');
  });
});

describe('skills', () => {
  it('table ends with technical and non-technical counts that add up', async () => {
    const rows = skillRows(base);
    const out = await render('skills', 'table', rows, plain);
    const [, total, tech, non] = /(\d+) skills \((\d+) technical, (\d+) non-technical\)/.exec(out)!.map(Number);
    expect(total).toBe(rows.length);
    expect(tech! + non!).toBe(total);
  });
});

describe('paths', () => {
  it('tree marks the fork once; markdown nests lists', async () => {
    const trees = pathTree(base);
    const tree = await render('paths', 'tree', trees, plain);
    expect(tree.match(/◆ fork/g)).toHaveLength(1);
    const md = await render('paths', 'markdown', trees, plain);
    expect(md).toMatch(/^ {6}- \*\*Senior Support Analyst\*\* .*fork/m);
  });
});

describe('compare', () => {
  it('table shows both roles and the differences; markdown is a table', async () => {
    const cmp = compareRoles(base, 'support-expert', 'support-team-lead');
    const table = await render('compare', 'table', cmp, plain);
    expect(table.split('\n')[0]).toBe('Support Expert (level 5, expert)  vs  Support Team Lead (level 5, management)');
    expect(table).toContain('Only Support Team Lead needs:');
    expect(await render('compare', 'markdown', cmp, plain)).toContain('| Skill | Category | Support Expert | Support Team Lead | Difference |');
  });
});
