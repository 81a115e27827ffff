import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problems.js';
import { buildTeamReport, comparePeople, naturalCompare, type TeamInput } from '../../src/core/team.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { wholeText } from '../../src/render/formats.js';
import { reportMarkdown } from '../../src/render/report/markdown.js';
import { member, smallTeam, teamIndex, teamReport } from './team-builders.js';

const report = teamReport();
const byName = (name: string) => report.people.find((p) => p.name === name)!;

describe('buildTeamReport: people', () => {
  it('has the top-level keys of the JSON contract', () => {
    expect(Object.keys(report)).toEqual(['framework', 'thresholds', 'summary', 'people', 'team', 'errors']);
    expect(Object.keys(report.team)).toEqual(['skills', 'training_needs', 'bench', 'calibration', 'moved']);
    expect(report.thresholds).toEqual({ ready: 0.7, close: 0.55, calibration_gap: 2, bench_min_level: 5 });
  });

  it('gives each person their next role, readiness, fit and top gaps, sorted by name', () => {
    expect(report.people.map((p) => p.name)).toEqual(['Abe', 'Cara', 'Dee', 'Eli', 'Fay', 'Gus']);
    const fay = byName('Fay');
    expect(fay).toMatchObject({
      file: 'team/fay.yaml',
      current_role: { id: 'senior', title: 'Senior' },
      next_role: { id: 'lead', title: 'Lead' },
      readiness: 0.688,
      ready: false,
      gated: ['coaching'],
      blocked_by: [{ skill: 'coaching', current: 1, target: 4, reason: 'Coaching is 3 levels short of the core target 4' }],
      unrated: 0,
    });
    // Nothing is ready for Fay, so senior's own core gap comes first, then lead's (both on the lead's ratings).
    expect(fay.top_gaps).toEqual([
      { skill: 'product', name: 'Product knowledge', current: 2, target: 3, importance: 4 },
      { skill: 'coaching', name: 'Coaching', current: 1, target: 4, importance: 5 },
    ]);
    // Dee's lead rates her coaching 4 (she says 2): on the lead's view she meets every target of lead.
    expect(byName('Dee')).toMatchObject({ next_role: { id: 'lead' }, readiness: 1, ready: true, blocked_by: [], gaps: [] });
    expect(Object.keys(fay).sort()).toEqual(
      ['file', 'name', 'current_role', 'next_role', 'readiness', 'fit', 'ready', 'gated', 'blocked_by', 'unrated', 'top_gaps', 'gaps', 'warnings', 'change', 'merged_from'].sort(),
    );
  });

  it('keeps at most three top gaps, most important first, and all of them in gaps', () => {
    // Abe toward senior: product 1 -> 3 (4 x 2 = 8), trouble 2 -> 3 (5 x 1 = 5); coaching 2 is met
    expect(byName('Abe').gaps.map((g) => [g.skill, g.current, g.target])).toEqual([
      ['product', 1, 3],
      ['trouble', 2, 3],
    ]);
    // Cara: nothing ready, so agent's own core gap first (trouble 1 -> 2), then senior's product 2 -> 3;
    // coaching is not rated: not a gap, counted apart
    const cara = byName('Cara');
    expect(cara.gaps.map((g) => [g.skill, g.current, g.target])).toEqual([
      ['trouble', 1, 2],
      ['product', 2, 3],
    ]);
    expect(cara.top_gaps).toEqual(cara.gaps.slice(0, 3));
    expect(cara.unrated).toBe(1);
  });

  it('reports the top of a path with next_role null and the current role as the subject', () => {
    const gus = byName('Gus');
    expect(gus.next_role).toBeNull();
    expect(gus.readiness).toBe(1);
    expect(gus.ready).toBe(true);
    expect(report.summary.top_of_path).toBe(1);
  });

  it('names a person without a name by file, and sorts numbers in files numerically', () => {
    const r = teamReport([
      member('t/p10.yaml', { current_role: 'agent' }),
      member('<stdin>#2', { current_role: 'agent' }),
      member('t/p2.yaml', { current_role: 'agent' }),
      member('t/z.yaml', { name: 'Zoe', current_role: 'agent' }),
    ]);
    // named people first, then the rest by file
    expect(r.people.map((p) => p.name ?? p.file)).toEqual(['Zoe', '<stdin>#2', 't/p2.yaml', 't/p10.yaml']);
    expect(r.people[1]!.name).toBeNull();
    expect(r.people[1]!.file).toBe('<stdin>#2');
  });

  it('treats a blank name as no name', () => {
    const r = teamReport([member('t/a.yaml', { name: '  ', current_role: 'agent' })]);
    expect(r.people[0]!.name).toBeNull();
  });

  it('summarises the counts it was given and what it found', () => {
    expect(report.summary).toEqual({
      read: 6,
      used: 6,
      rejected: 0,
      ready_now: 2, // Dee, Eli (Gus is ready but has no next role)
      close: 2, // Abe 0.606 (blocked), Fay 0.688 (blocked)
      top_of_path: 1,
      with_warnings: 5, // Cara, Abe, Gus answered no preference question; Dee and Fay are far from their manager
      with_manager_ratings: 2,
      calibration_flags: 2,
      training_needs: 3,
    });
  });
});

describe('buildTeamReport: training needs', () => {
  const needs = report.team.training_needs;

  it('ranks skills by how many people fall short, then by importance x shortfall', () => {
    // product: Cara 2->3 (4), Abe 1->3 (8), Fay 2->3 on her lead's rating (4) = 3 people, 16
    // trouble: Cara 1->2 (her current role's, 5), Abe 2->3 (5), Eli 4->5 (5) = 3 people, 15
    // coaching: Fay 1->4 on her lead's rating (15) = 1 person; Dee meets it on her lead's 4
    expect(needs.map((n) => [n.skill, n.count, n.weight])).toEqual([
      ['product', 3, 16],
      ['trouble', 3, 15],
      ['coaching', 1, 15],
    ]);
  });

  it('lists who needs each skill, furthest behind first, and counts the unrated apart', () => {
    const coaching = needs.find((n) => n.skill === 'coaching')!;
    expect(coaching.people).toEqual([{ file: 'team/fay.yaml', name: 'Fay', current: 1, target: 4, importance: 5 }]);
    expect(coaching.unrated).toBe(1); // Cara, toward senior
    const trouble = needs.find((n) => n.skill === 'trouble')!;
    expect(trouble.people.map((p) => p.name)).toEqual(['Abe', 'Cara', 'Eli']);
    expect(trouble.unrated).toBe(1); // Gus, at the top of his path
  });

  it('picks the development actions for the typical gap (the lower medians)', () => {
    const coaching = needs.find((n) => n.skill === 'coaching')!;
    expect(coaching.typical).toEqual({ current: 1, target: 4 });
    // [2,3] and [3,4] help from 1 to 4; [5,5] does not
    expect(coaching.develop.map((d) => d.action)).toEqual(['Review two calls with a colleague', 'Coaching course']);
    // trouble: Abe 2->3, Cara 1->2, Eli 4->5: the lower medians 2 -> 3
    expect(needs.find((n) => n.skill === 'trouble')!.typical).toEqual({ current: 2, target: 3 });
  });

  it('falls back to every action of the skill when none is aimed at the typical gap', () => {
    const people = [member('a.yaml', { name: 'A', current_role: 'senior', ratings: { coaching: 4, planning: 0, trouble: 3, product: 3 }, preferences: { 'q-deep': 1 } })];
    const r = teamReport(people);
    const planning = r.team.training_needs.find((n) => n.skill === 'planning')!;
    expect(planning.develop).toEqual([]); // planning has no actions at all
    const trouble = buildTeamReport(teamIndex, [member('b.yaml', { name: 'B', current_role: 'senior', ratings: { trouble: 4, product: 4 }, preferences: { 'q-deep': 5 } })], [], {
      read: 1,
      used: 1,
      rejected: 0,
    }).team.training_needs.find((n) => n.skill === 'trouble')!;
    // typical 4 -> 5; the only action is for levels 2..4 (2 <= 5 and 4 >= 5 fails), so all actions are given
    expect(trouble.develop.map((d) => d.action)).toEqual(['Problem-solving course']);
  });
});

describe('buildTeamReport: the skills picture (heat map data)', () => {
  const skill = (id: string) => report.team.skills.find((s) => s.skill === id)!;

  it('counts people at each self-rated level, and the unrated (left out or not sure)', () => {
    // coaching: Abe 2, Dee 2, Fay 3, Gus 5; Cara and Eli did not rate it
    expect(skill('coaching')).toMatchObject({ levels: [0, 0, 2, 1, 0, 1], unknown: 2 });
    // trouble: Cara 1, Abe 2, Fay 3, Dee 4, Eli 4; Gus "not sure"
    expect(skill('trouble')).toMatchObject({ levels: [0, 1, 1, 1, 2, 0], unknown: 1 });
    for (const s of report.team.skills) expect(s.levels.reduce((a, b) => a + b, 0) + s.unknown).toBe(6);
  });

  it('counts who needs each skill for their next role, at what target, and who is short', () => {
    // coaching: Cara and Abe toward senior (2), Dee and Fay toward lead (4), Gus's own lead role (4)
    expect(skill('coaching')).toMatchObject({ needed_by: 5, targets: [0, 0, 2, 0, 3, 0], short: 2 });
    // planning: Dee, Fay (lead, 3) and Gus (lead, 3); Fay 2 is short
    expect(skill('planning')).toMatchObject({ needed_by: 3, targets: [0, 0, 0, 3, 0, 0], short: 1 });
  });

  it('lists every skill of the framework, grouped by category', () => {
    expect(report.team.skills.map((s) => s.skill)).toEqual(['planning', 'product', 'trouble', 'coaching']);
    expect(report.team.skills.map((s) => s.category_name)).toEqual(['Technical', 'Technical', 'Technical', 'Interpersonal']);
  });
});

describe('buildTeamReport: bench strength', () => {
  const bench = (id: string) => report.team.bench.find((b) => b.role.id === id)!;

  it('covers lead and expert roles at level 5+ and every recommended role', () => {
    // senior is recommended (to Cara and Abe); expert, lead, director are level 5+ off the foundation track
    expect(report.team.bench.map((b) => b.role.id)).toEqual(['senior', 'expert', 'lead', 'director']);
    expect(bench('senior')).toMatchObject({ holders: 3, recommended_for: 2 });
    expect(bench('lead')).toMatchObject({ holders: 1, recommended_for: 2 });
  });

  it('takes the bench level from the framework (scoring.bench_min_level), 5 when it is not set', () => {
    const at = (level: number) => {
      const { meta } = teamIndex.framework;
      const index = indexFramework({ ...teamIndex.framework, meta: { ...meta, scoring: { ...meta.scoring, bench_min_level: level } } });
      return buildTeamReport(index, smallTeam(), [], { read: 6, used: 6, rejected: 0 });
    };
    // 8: no role is that high, so only the recommended ones (senior, expert, lead): the director drops out
    expect(at(8).team.bench.map((b) => b.role.id)).toEqual(['senior', 'expert', 'lead']);
    expect(at(8).thresholds.bench_min_level).toBe(8);
    // 5 is today's default: expert and director join the recommended roles
    expect(at(5).team.bench.map((b) => b.role.id)).toEqual(report.team.bench.map((b) => b.role.id));
    // The captions say which level, not "lead and expert roles"
    expect(wholeText(reportMarkdown)(at(8), { color: false })).toContain('Bench strength for each role at level 8 or above off the foundation track');
  });

  it('scores everyone within reach against every bench role, not only their next one', () => {
    // Dee's next role is lead, yet she is scored for expert too: (4 + 3) / 9 = 0.778, both core skills short: close
    expect(bench('expert').ready.map((p) => [p.name, p.readiness])).toEqual([['Eli', 0.889]]);
    // Fay, on her lead's product 2: (3 + 2) / 9 = 0.556, close as well
    expect(bench('expert').close.map((p) => [p.name, p.readiness, p.gated])).toEqual([
      ['Dee', 0.778, ['product', 'trouble']],
      ['Fay', 0.556, ['product', 'trouble']],
    ]);
  });

  it('splits ready from close, and leaves out the role holders and those with too little rated', () => {
    expect(bench('lead').ready.map((p) => p.name)).toEqual(['Dee']);
    expect(bench('lead').close).toEqual([{ file: 'team/fay.yaml', name: 'Fay', current_role: 'senior', readiness: 0.688, gated: ['coaching'], unrated: 0 }]);
    // Eli rates only trouble of lead's three skills: 9 of 12 unknown, too little rated to call him close
    const everyone = [...bench('lead').ready, ...bench('lead').close].map((p) => p.name);
    expect(everyone).not.toContain('Eli');
    expect(everyone).not.toContain('Gus'); // holds the role
  });

  it('keeps people more than two rungs below a role off its bench', () => {
    // Gus (lead, level 5) is within reach of director (7): (5 + 4 x 5/5... ) = (5 + 4 + 3) / 13 = 0.923
    expect(bench('director').ready.map((p) => [p.name, p.readiness])).toEqual([['Gus', 0.923]]);
    // The seniors (level 4) are three rungs below director: not on its bench at all
    expect(bench('director').close).toEqual([]);
    // Agents (level 1) are not on the expert bench however they rate themselves, but are on the bench of senior,
    // three rungs up, because it is their next move
    const strong = member('x.yaml', { name: 'Xena', current_role: 'agent', ratings: { trouble: 5, product: 5, coaching: 5 } });
    const r = teamReport([...smallTeam(), strong]);
    expect(r.team.bench.find((b) => b.role.id === 'expert')!.ready.map((p) => p.name)).not.toContain('Xena');
    expect(r.team.bench.find((b) => b.role.id === 'senior')!.ready.map((p) => p.name)).toContain('Xena');
  });
});

describe('buildTeamReport: calibration', () => {
  const cal = report.team.calibration;

  it('flags self and manager ratings calibration_gap or more apart, per person and skill', () => {
    expect(cal.profiles).toBe(2);
    expect(cal.compared).toBe(4); // Dee coaching, trouble; Fay coaching, planning (Fay's product has no self rating)
    expect(cal.flagged).toEqual([
      { file: 'team/dee.yaml', name: 'Dee', skill: 'coaching', skill_name: 'Coaching', self: 2, manager: 4, difference: -2 },
      { file: 'team/fay.yaml', name: 'Fay', skill: 'coaching', skill_name: 'Coaching', self: 3, manager: 1, difference: 2 },
    ]);
  });

  it('counts per skill, most flags first', () => {
    expect(cal.by_skill).toEqual([
      { skill: 'coaching', name: 'Coaching', compared: 2, flagged: 2, self_higher: 1, manager_higher: 1, mean_difference: 0 },
      { skill: 'planning', name: 'Planning', compared: 1, flagged: 0, self_higher: 0, manager_higher: 1, mean_difference: -1 },
      { skill: 'trouble', name: 'Troubleshooting', compared: 1, flagged: 0, self_higher: 0, manager_higher: 0, mean_difference: 0 },
    ]);
  });

  it('follows the framework setting for the gap', () => {
    const strict = buildTeamReport({ ...teamIndex, framework: { ...teamIndex.framework, meta: { ...teamIndex.framework.meta, scoring: { ...teamIndex.framework.meta.scoring, calibration_gap: 1 } } } }, smallTeam(), [], {
      read: 6,
      used: 6,
      rejected: 0,
    });
    expect(strict.team.calibration.flagged.map((f) => `${f.name}:${f.skill}`)).toEqual(['Dee:coaching', 'Fay:coaching', 'Fay:planning']);
  });

  it('is empty without manager ratings', () => {
    const r = teamReport([member('a.yaml', { name: 'A', current_role: 'agent', ratings: { trouble: 2 } })]);
    expect(r.team.calibration).toEqual({ profiles: 0, compared: 0, flagged: [], by_skill: [] });
  });
});

describe('buildTeamReport: errors and order', () => {
  it('keeps only errors, sorted, in the contract shape', () => {
    const problems: Problem[] = [
      { file: 'b.yaml', line: 3, column: 1, severity: 'error', rule: 'unknown-reference', message: 'unknown skill "x"' },
      { file: 'a.yaml', line: 1, column: 5, severity: 'error', rule: 'yaml-syntax', message: 'bad' },
      { file: 'a.yaml', line: 2, column: 1, severity: 'warning', rule: 'framework-version', message: 'old' },
    ];
    const r = teamReport(smallTeam(), problems);
    expect(r.errors).toEqual([
      { file: 'a.yaml', line: 1, column: 5, rule: 'yaml-syntax', message: 'bad' },
      { file: 'b.yaml', line: 3, column: 1, rule: 'unknown-reference', message: 'unknown skill "x"' },
    ]);
    expect(r.summary).toMatchObject({ read: 8, used: 6, rejected: 2 });
  });

  it('carries a profile\'s reading warnings into the person\'s warnings', () => {
    const input: TeamInput = {
      ...member('a.yaml', { name: 'A', current_role: 'agent', ratings: { trouble: 2, product: 2 } }),
      warnings: [{ file: 'a.yaml', line: 2, column: 1, severity: 'warning', rule: 'framework-version', message: 'answered against 0.9' }],
    };
    expect(teamReport([input]).people[0]!.warnings[0]).toBe('answered against 0.9');
  });

  it('does not depend on the order of the people', () => {
    const people = smallTeam();
    const shuffles = [[...people].reverse(), [people[3]!, people[0]!, people[5]!, people[1]!, people[4]!, people[2]!]];
    for (const shuffled of shuffles) expect(teamReport(shuffled)).toEqual(report);
  });

  it('gives the same report for any permutation (seeded shuffles)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20; i++) {
      const people = smallTeam();
      for (let j = people.length - 1; j > 0; j--) {
        const k = Math.floor(random() * (j + 1));
        [people[j], people[k]] = [people[k]!, people[j]!];
      }
      expect(JSON.stringify(teamReport(people))).toBe(JSON.stringify(report));
    }
  });

  it('compares people by name case-insensitively, then file', () => {
    expect(comparePeople({ name: 'bob', file: 'z' }, { name: 'Carl', file: 'a' })).toBeLessThan(0);
    expect(comparePeople({ name: 'Bob', file: 'b' }, { name: 'Bob', file: 'a' })).toBeGreaterThan(0);
    expect(naturalCompare('p2', 'p10')).toBeLessThan(0);
    expect(naturalCompare('p02', 'p2')).toBeGreaterThan(0);
  });

  it('stays linear: 5,000 people take well under a few seconds', () => {
    const many: TeamInput[] = [];
    for (let i = 0; i < 5000; i++) {
      const base = smallTeam()[i % 6]!;
      many.push({ ...base, file: `team/p${i}.yaml`, profile: { ...base.profile, name: `P${i}` } });
    }
    const started = performance.now();
    const r = teamReport(many);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.people).toHaveLength(5000);
    // Cara, Abe and Fay (indexes 0, 1, 4 of every six) are short of product knowledge
    const short = Array.from({ length: 5000 }, (_, i) => i % 6).filter((k) => k === 0 || k === 1 || k === 4).length;
    expect(r.team.training_needs[0]).toMatchObject({ skill: 'product', count: short });
  });
});
