import { describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import {
  filterChoices,
  planQuestionnaire,
  preferenceChoices,
  progressLabel,
  ratingChoices,
  ratingLabel,
  roleChoices,
  UnknownCurrentRoleError,
} from '../../src/core/questionnaire.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { agree, choice, edge, makeIndex, makeRole, makeSkill, req } from './builders.js';

// agent -> lead (promotion), agent -> trainer (lateral); "unrelated" is required by a role two steps away.
const index = makeIndex({
  meta: {
    categories: [
      { id: 'interpersonal', name: 'Interpersonal', description: 'People skills.' },
      { id: 'technical', name: 'Technical' },
    ],
  },
  skills: [
    makeSkill('trouble', { name: 'Troubleshooting' }),
    makeSkill('product', { name: 'Product knowledge' }),
    makeSkill('tools', { name: 'Tools' }),
    makeSkill('empathy', { category: 'interpersonal' }),
    makeSkill('coaching', { category: 'interpersonal' }),
    makeSkill('teaching', { category: 'interpersonal', anchors: { '1': 'one', '2': 'two', '3': 'three', '5': 'five' } }),
    makeSkill('unrelated'),
  ],
  roles: [
    makeRole('agent', { skills: [req('trouble', 2, 5), req('product', 2, 3), req('empathy', 2, 2)], next: [edge('lead'), edge('trainer', 'lateral')] }),
    makeRole('lead', { level: 2, track: 'management', skills: [req('coaching', 3, 4), req('empathy', 3, 4), req('tools', 2, 2)], next: [edge('director')] }),
    makeRole('trainer', { level: 2, track: 'training', skills: [req('teaching', 3, 5), req('product', 3, 3)] }),
    makeRole('director', { level: 3, track: 'management', skills: [req('unrelated', 4, 5)] }),
  ],
  questions: [agree('zeta', { expert: 1 }), choice('alpha', { a: { expert: 1 }, b: { management: 1 } }), agree('mid', { training: 1 })],
});

describe('planQuestionnaire: what to rate', () => {
  const plan = planQuestionnaire(index, 'agent', { quick: false });

  it('rates the skills of the current role and of the roles one step away, not every skill', () => {
    const ids = plan.skills.map((p) => p.skill.id);
    expect(new Set(ids)).toEqual(new Set(['trouble', 'product', 'empathy', 'coaching', 'tools', 'teaching']));
    expect(ids).not.toContain('unrelated'); // two steps away
    expect(ids).toHaveLength(new Set(ids).size); // product and empathy are required twice, asked once
    expect(plan.nextRoles.map((r) => r.id)).toEqual(['lead', 'trainer']);
  });

  it('groups by category in framework order, then by highest importance across the roles, then id', () => {
    expect(plan.categories.map((c) => c.category.id)).toEqual(['interpersonal', 'technical']);
    expect(plan.categories.map((c) => c.skills.map((p) => p.skill.id))).toEqual([
      ['teaching', 'coaching', 'empathy'], // 5, 4, 4 (empathy: 2 for agent but 4 for lead) -> coaching before empathy by id
      ['trouble', 'product', 'tools'], // 5, 3, 2
    ]);
    expect(plan.skills.map((p) => p.skill.id)).toEqual(plan.categories.flatMap((c) => c.skills.map((p) => p.skill.id)));
  });

  it('records the highest importance, whether it is core, and which roles ask for it', () => {
    const empathy = plan.skills.find((p) => p.skill.id === 'empathy')!;
    expect(empathy).toMatchObject({ importance: 4, core: true, roles: ['agent', 'lead'] });
    const product = plan.skills.find((p) => p.skill.id === 'product')!;
    expect(product).toMatchObject({ importance: 3, core: false, roles: ['agent', 'trainer'] });
  });

  it('asks the preference questions in file order and counts every numbered question', () => {
    expect(plan.questions.map((q) => q.id)).toEqual(['zeta', 'alpha', 'mid']);
    expect(plan.total).toBe(6 + 3);
  });

  it('quick: only the core skills (importance >= core_importance in any of the roles)', () => {
    const quick = planQuestionnaire(index, 'agent', { quick: true });
    expect(quick.skills.map((p) => p.skill.id)).toEqual(['teaching', 'coaching', 'empathy', 'trouble']);
    expect(quick.skills.every((p) => p.core)).toBe(true);
    expect(quick.total).toBe(4 + 3);
  });

  it('a role at the top of its path rates only its own skills', () => {
    expect(planQuestionnaire(index, 'director').skills.map((p) => p.skill.id)).toEqual(['unrelated']);
  });

  it('refuses an unknown role', () => {
    expect(() => planQuestionnaire(index, 'nobody')).toThrow(UnknownCurrentRoleError);
  });
});

describe('the choices', () => {
  const scale = index.framework.meta.scale;

  it('a rating offers every level with its name and the skill anchor, levels 1..5 first so that digit n is level n', () => {
    const skill = index.skills.get('trouble')!;
    const choices = ratingChoices(skill, scale);
    expect(choices.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 0, null]);
    expect(choices[0]).toMatchObject({ value: 1, name: '1 L1: a', short: '1 L1' });
    expect(choices[4]).toMatchObject({ value: 5, name: '5 L5: e', short: '5 L5' });
    // level 0 uses the scale's own description: skills have no anchor for "none"
    expect(choices[5]).toMatchObject({ value: 0, name: '0 L0: Level 0.', short: '0 L0' });
    expect(choices[6]!.name).toMatch(/^Not sure/);
    expect(choices[6]!.short).toBe('Not sure');
  });

  it('a level without an anchor falls back to the scale description', () => {
    const choices = ratingChoices(index.skills.get('teaching')!, scale);
    expect(choices.find((c) => c.value === 4)!.name).toBe('4 L4: Level 4.');
    expect(choices.find((c) => c.value === 5)!.name).toBe('5 L5: five');
  });

  it('ratingLabel', () => {
    expect(ratingLabel(4, scale)).toBe('4 L4');
    expect(ratingLabel(null, scale)).toBe('Not sure');
  });

  it('agree questions: 1..5 from Strongly disagree to Strongly agree; choice questions: their options', () => {
    expect(preferenceChoices(index.questions.get('zeta')!).map((c) => [c.value, c.short])).toEqual([
      [1, 'Strongly disagree'],
      [2, 'Disagree'],
      [3, 'Neutral'],
      [4, 'Agree'],
      [5, 'Strongly agree'],
    ]);
    expect(preferenceChoices(index.questions.get('alpha')!)).toEqual([
      { value: 'a', name: 'A' },
      { value: 'b', name: 'B' },
    ]);
  });

  it('roles: by level then title, each with its level and track; search narrows by every word', () => {
    const roles = roleChoices(index);
    expect(roles.map((r) => r.value)).toEqual(['agent', 'lead', 'trainer', 'director']);
    expect(roles[1]).toMatchObject({ name: 'Lead (level 2, Management path)', short: 'Lead' });
    expect(filterChoices(roles, 'management').map((r) => r.value)).toEqual(['lead', 'director']);
    expect(filterChoices(roles, 'LEVEL 2 train').map((r) => r.value)).toEqual(['trainer']);
    expect(filterChoices(roles, '  ').map((r) => r.value)).toEqual(roles.map((r) => r.value));
    expect(filterChoices(roles, 'nothing-like-it')).toEqual([]);
  });

  it('progress label', () => {
    expect(progressLabel(7, 23, 'Technical', 'Troubleshooting')).toBe('[7/23] Technical · Troubleshooting');
  });
});

describe('the default framework', () => {
  const loaded = loadFramework(new URL('../../data', import.meta.url).pathname);
  const real = indexFramework(loaded.framework!);

  it('asks far fewer skills than the framework has, each required by the role or a next role', () => {
    const plan = planQuestionnaire(real, 'support-technician');
    const roles = [real.roles.get('support-technician')!, ...plan.nextRoles];
    expect(plan.skills.length).toBeGreaterThan(5);
    expect(plan.skills.length).toBeLessThan(real.skillIds.length);
    for (const p of plan.skills) expect(roles.some((r) => r.skills.some((s) => s.skill === p.skill.id))).toBe(true);
    // every skill any of those roles requires is asked
    for (const r of roles) for (const s of r.skills) expect(plan.skills.map((p) => p.skill.id)).toContain(s.skill);
    expect(plan.questions.map((q) => q.id)).toEqual(loaded.framework!.questions.map((q) => q.id));
  });

  it('every rating of every skill shows a real anchor for levels 1..5', () => {
    const scale = real.framework.meta.scale;
    for (const skill of real.skills.values()) {
      const choices = ratingChoices(skill, scale);
      for (const level of [1, 2, 3, 4, 5]) expect(choices.find((c) => c.value === level)!.name).toContain(skill.anchors[String(level)]!);
      expect(choices.find((c) => c.value === 0)!.name).toBe('0 None: No experience with this skill yet.');
    }
  });
});
