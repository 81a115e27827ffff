// The site's data (core/site.ts, core/site-graph.ts) and its renderers, without the CLI: steps, forks, the graph's
// geometry, the accent colour, and output that depends on nothing but the framework.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roleRows, skillRows } from '../../src/core/browse.js';
import { contrast, readableOnWhite, sitePlan } from '../../src/core/site.js';
import type { Framework } from '../../src/core/types.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { renderSite } from '../../src/render/site/index.js';
import { DATA, ROOT } from '../helpers/fixtures.js';
import { edge, makeFramework, makeRole, req } from './builders.js';

const fw = loadFramework(DATA).framework!;
const foreign = loadFramework(`${ROOT}/test/fixtures/frameworks/it-service-desk`).framework!;
const render = (f: Framework) => renderSite(sitePlan(f), { roles: roleRows(f), skills: skillRows(f) });

describe('steps: what each move adds', () => {
  it('every step lists exactly the target requirements above what the role you come from asks for', () => {
    const plan = sitePlan(fw);
    const byId = new Map(fw.roles.map((r) => [r.id, r]));
    let steps = 0;
    for (const role of plan.roles) {
      for (const step of [...role.next, ...role.previous]) {
        steps++;
        const from = byId.get(step.from.id)!;
        const to = byId.get(step.to.id)!;
        const expected = to.skills.filter((r) => (from.skills.find((s) => s.skill === r.skill)?.level ?? -1) < r.level).map((r) => r.skill);
        expect(step.adds.map((a) => a.skill).sort(), `${from.id} -> ${to.id}`).toEqual(expected.sort());
        expect(step.adds.length + step.kept).toBe(to.skills.length);
        for (const a of step.adds) expect(a.to).toBeGreaterThan(a.from);
      }
    }
    expect(steps).toBe(2 * fw.roles.reduce((n, r) => n + (r.next?.length ?? 0), 0));
  });

  it('rises on skills already asked for come before skills that are new', () => {
    const role = makeRole('b', { level: 2, skills: [req('x', 3), req('y', 4), req('z', 2)] });
    const from = makeRole('a', { level: 1, entry: true, skills: [req('x', 1), req('z', 2)], next: [edge('b')] });
    const plan = sitePlan(makeFramework({ roles: [from, role] }));
    const step = plan.roles.find((r) => r.id === 'a')!.next[0]!;
    expect(step.adds.map((a) => [a.skill, a.from, a.to, a.new])).toEqual([
      ['x', 1, 3, false],
      ['y', 0, 4, true],
    ]);
    expect(step.kept).toBe(1);
  });
});

describe('forks', () => {
  it('the default framework forks at Senior Support Analyst onto the expert and management tracks', () => {
    const forks = sitePlan(fw).forks;
    expect(forks.map((f) => f.id)).toEqual(['senior-support-analyst']);
    expect(forks[0]!.paths.map((p) => p.track.kind)).toEqual(['expert', 'management']);
    // every skill any of the roles asks for, the ones that differ most between the paths first
    const spreads = forks[0]!.rows.map((r) => r.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
  });

  it('the foreign framework has none', () => {
    expect(sitePlan(foreign).forks).toEqual([]);
  });
});

describe('the role graph', () => {
  for (const [name, f] of [
    ['default', fw],
    ['foreign', foreign],
  ] as const) {
    it(`${name}: every role is one box inside the drawing, in its track's column, at its level's row; no two overlap`, () => {
      const g = sitePlan(f).graph;
      expect(g.nodes.map((n) => n.id).sort()).toEqual(f.roles.map((r) => r.id).sort());
      for (const n of g.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.x + g.node.width).toBeLessThanOrEqual(g.width);
        expect(n.y + g.node.height).toBeLessThanOrEqual(g.height);
        const col = g.columns.find((c) => c.track === n.track)!;
        expect(n.x).toBeGreaterThanOrEqual(col.x);
        expect(n.x + g.node.width).toBeLessThanOrEqual(col.x + col.width);
        expect(g.rows.find((r) => r.level === n.level)!.y).toBe(n.y);
      }
      for (const a of g.nodes)
        for (const b of g.nodes) {
          if (a === b) continue;
          const apart = a.x + g.node.width <= b.x || b.x + g.node.width <= a.x || a.y + g.node.height <= b.y || b.y + g.node.height <= a.y;
          expect(apart, `${a.id} / ${b.id}`).toBe(true);
        }
      expect(g.edges.length).toBe(f.roles.reduce((n, r) => n + (r.next?.length ?? 0), 0));
      for (const e of g.edges) expect(e.d).toMatch(/^M[\d.]+ [\d.]+ C/);
    });
  }

  it('boxes wrap long titles to at most three lines', () => {
    for (const n of sitePlan(fw).graph.nodes) {
      expect(n.lines.length).toBeLessThanOrEqual(3);
      expect(n.lines.join(' ')).toBe(n.title);
    }
  });
});

describe('the accent colour', () => {
  it('is kept when text in it already reads on white, darkened just enough when it does not', () => {
    expect(readableOnWhite('#1d4f91')).toBe('#1d4f91');
    const yellow = readableOnWhite('#f5c400');
    expect(contrast(yellow, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(yellow, '#ffffff')).toBeLessThan(5);
  });

  it('any hex colour becomes one with at least 4.5:1 on white (WCAG AA)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        expect(contrast(readableOnWhite(hex), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('comes from framework.yaml (#rgb expanded), with the name as the title unless one is given', () => {
    const plan = sitePlan({ ...foreign, meta: { ...foreign.meta, site: { accent: '#C05' } } });
    expect(plan.accent.base).toBe('#cc0055');
    expect(plan.title).toBe(foreign.meta.name);
    expect(sitePlan(foreign).title).toBe('Contoso IT — Service Desk Careers');
  });
});

describe('output', () => {
  it('does not depend on the order the files were read in', () => {
    const shuffled: Framework = { ...fw, roles: [...fw.roles].reverse(), skills: [...fw.skills].reverse() };
    expect(render(shuffled)).toEqual(render(fw));
  });

  it('every page is one HTML document; every file path is one the writer accepts', () => {
    for (const f of render(fw)) {
      expect(f.path).toMatch(/^(?:(?:roles|skills|forks)\/[a-z0-9-]+\.html|[a-z]+\.(?:html|css|json))$/);
      if (f.path.endsWith('.html')) {
        expect(f.content.match(/<!DOCTYPE html>/g)).toHaveLength(1);
        expect(f.content.match(/<h1>/g), f.path).toHaveLength(1);
        expect(f.content.match(/<main id="main">/g)).toHaveLength(1);
      }
    }
  });
});
