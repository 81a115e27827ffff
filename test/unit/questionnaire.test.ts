import { describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { planAsking, QUICK_MAX_PROMPTS } from '../../src/core/asking.js';
import {
  filterChoices,
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

describe('planAsking: what may be asked', () => {
  const plan = planAsking(index, 'agent', 'full');

  it('the pool: the skills of the current role and of the roles one step away, not every skill', () => {
    expect(plan.pool).toEqual(['coaching', 'empathy', 'product', 'teaching', 'tools', 'trouble']);
    expect(plan.pool).not.toContain('unrelated'); // two steps away
    expect(plan.nextRoles.map((r) => r.id)).toEqual(['lead', 'trainer']);
  });

  it('choice questions first; agree questions later, only those on the next moves\' tracks, strongest pull first', () => {
    expect(plan.questions.map((q) => q.id)).toEqual(['alpha']);
    expect(plan.later.map((q) => q.id)).toEqual(['mid']); // zeta pulls only on expert, no next move's track
  });

  it('quick: only the core skills, no agree questions, and a budget that keeps the whole run within 12 prompts', () => {
    const quick = planAsking(index, 'agent', 'quick');
    expect(quick.pool).toEqual(['coaching', 'empathy', 'teaching', 'trouble']);
    expect(quick.later).toEqual([]);
    expect(1 + quick.questions.length + quick.skillBudget + 2).toBe(QUICK_MAX_PROMPTS);
  });

  it('a role at the top of its path: its own skills, no preference questions', () => {
    const top = planAsking(index, 'director');
    expect(top.pool).toEqual(['unrelated']);
    expect(top.questions).toEqual([]);
  });

  it('refuses an unknown role', () => {
    expect(() => planAsking(index, 'nobody')).toThrow(UnknownCurrentRoleError);
  });
});

describe('the choices', () => {
  const scale = index.framework.meta.scale;

  it('a rating offers every level with its name and the skill anchor beside it; its digit answers it, n is "not sure"', () => {
    const skill = index.skills.get('trouble')!;
    const choices = ratingChoices(skill, scale);
    expect(choices.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 0, null]);
    expect(choices.map((c) => c.key)).toEqual(['1', '2', '3', '4', '5', '0', 'n']);
    expect(choices[0]).toMatchObject({ value: 1, name: '1 L1', text: 'a', short: '1 L1' });
    expect(choices[4]).toMatchObject({ value: 5, name: '5 L5', text: 'e', short: '5 L5' });
    // level 0 uses the scale's own description: skills have no anchor for "none"
    expect(choices[5]).toMatchObject({ value: 0, name: '0 L0', text: 'Level 0.', short: '0 L0' });
    expect(choices[6]).toMatchObject({ name: 'Not sure', short: 'Not sure' });
  });

  it('a level without an anchor falls back to the scale description', () => {
    const choices = ratingChoices(index.skills.get('teaching')!, scale);
    expect(choices.find((c) => c.value === 4)!.text).toBe('Level 4.');
    expect(choices.find((c) => c.value === 5)!.text).toBe('five');
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
      { value: 'a', name: '1 A', short: 'A', key: '1' },
      { value: 'b', name: '2 B', short: 'B', key: '2' },
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
    expect(progressLabel(7, 15)).toBe('[7 of about 15]');
    expect(progressLabel(16, 15)).toBe('[16 of about 16]'); // never "16 of 15"
  });
});

describe('the default framework', () => {
  const loaded = loadFramework(new URL('../../data', import.meta.url).pathname);
  const real = indexFramework(loaded.framework!);

  it('the pool holds far fewer skills than the framework has, each required by the role or a next role, and all of them', () => {
    const plan = planAsking(real, 'support-technician');
    const roles = [real.roles.get('support-technician')!, ...plan.nextRoles];
    expect(plan.pool.length).toBeGreaterThan(5);
    expect(plan.pool.length).toBeLessThan(real.skillIds.length);
    for (const id of plan.pool) expect(roles.some((r) => r.skills.some((s) => s.skill === id))).toBe(true);
    for (const r of roles) for (const s of r.skills) expect(plan.pool).toContain(s.skill);
  });

  it('every rating of every skill shows a real anchor for levels 1..5', () => {
    const scale = real.framework.meta.scale;
    for (const skill of real.skills.values()) {
      const choices = ratingChoices(skill, scale);
      for (const level of [1, 2, 3, 4, 5]) expect(choices.find((c) => c.value === level)!.text).toBe(skill.anchors[String(level)]!);
      expect(choices.find((c) => c.value === 0)).toMatchObject({ name: '0 None', text: 'No experience with this skill yet.' });
    }
  });
});

describe('finding a role by the title people use', () => {
  const real = indexFramework(loadFramework(new URL('../../data', import.meta.url).pathname).framework!);
  const roles = roleChoices(real);
  const first = (term: string) => filterChoices(roles, term).map((c) => c.value);

  it.each([
    ['helpdesk', 'support-technician'],
    ['help desk', 'support-technician'],
    ['service desk', 'support-technician'],
    ['tier 1', 'support-technician'],
    ['L1', 'support-technician'],
    ['tecnician', 'support-technician'],
    ['support tecnician', 'support-technician'],
    ['tier 2', 'technical-support-specialist'],
    ['team leader', 'support-team-lead'],
    ['CSM', 'customer-success-manager'],
    ['head of support', 'customer-support-director'],
  ])('"%s" finds %s first', (term, id) => {
    expect(first(term)[0]).toBe(id);
  });

  it('"agent" finds the agent roles, and no role that is not one', () => {
    const found = first('agent');
    expect(found).toContain('customer-support-representative');
    expect(found).toContain('virtual-support-agent');
    expect(found).not.toContain('chief-customer-officer');
  });

  it('a word that matches nothing finds nothing', () => {
    expect(first('astronaut')).toEqual([]);
  });
});
