import { describe, expect, it } from 'vitest';
import { indexFramework, own } from '../../src/core/index-framework.js';
import { agree, choice, edge, makeFramework, makeRole, makeSkill, req } from './builders.js';

const framework = makeFramework({
  roles: [
    makeRole('lead', { level: 5, track: 'management', skills: [req('coach', 4), req('calm', 3)] }),
    makeRole('agent', { next: [edge('lead'), edge('senior'), edge('ghost'), edge('senior', 'lateral')] }),
    makeRole('senior', { level: 4, next: [edge('lead', 'lateral')] }),
  ],
  questions: [
    agree('q-deep', { expert: 0.5, management: -1 }),
    choice('q-pick', { a: { expert: 0.25, training: -0.75 }, b: { expert: -0.5 } }),
  ],
});
const index = indexFramework(framework);

describe('indexFramework', () => {
  it('looks skills, roles, questions and tracks up by id, and lists the ids sorted', () => {
    expect(index.roles.get('senior')?.level).toBe(4);
    expect(index.skills.get('coach')?.name).toBe('Coach');
    expect(index.questions.get('q-pick')?.type).toBe('choice');
    expect(index.tracks.get('expert')?.kind).toBe('expert');
    expect(index.roleIds).toEqual(['agent', 'lead', 'senior']);
    expect(index.skillIds).toEqual(['calm', 'coach']);
    expect(index.questionIds).toEqual(['q-deep', 'q-pick']);
    expect(index.trackIds).toEqual(['expert', 'foundation', 'management', 'training']);
  });

  it('keeps one edge per target, preferring the promotion, and drops edges to unknown roles', () => {
    expect(index.outgoing.get('agent')).toEqual([edge('lead'), edge('senior')]);
  });

  it('records incoming edges for every role, sorted by the role they come from', () => {
    expect(index.incoming.get('lead')).toEqual([
      { role: 'lead', type: 'promotion', from: 'agent' },
      { role: 'lead', type: 'lateral', from: 'senior' },
    ]);
    expect(index.incoming.get('agent')).toEqual([]);
  });

  it('sorts requirements by skill id', () => {
    expect(index.requirements.get('lead')?.map((r) => r.skill)).toEqual(['calm', 'coach']);
  });

  it('knows the largest weight each question can give each track', () => {
    // agree: |weight|; choice: the largest |weight| over the options (expert: max(0.25, 0.5)).
    expect(Object.fromEntries(index.maxWeight.get('q-deep')!)).toEqual({ expert: 0.5, management: 1 });
    expect(Object.fromEntries(index.maxWeight.get('q-pick')!)).toEqual({ expert: 0.5, training: 0.75 });
  });

  it('keeps the first of two items with the same id (the rules report the duplicate)', () => {
    const a = makeSkill('dup', { name: 'A' });
    const b = makeSkill('dup', { name: 'B' });
    expect(indexFramework(makeFramework({ skills: [a, b] })).skills.get('dup')?.name).toBe('A');
    expect(indexFramework(makeFramework({ skills: [b, a] })).skills.get('dup')?.name).toBe('B');
  });
});

describe('own', () => {
  it('reads own properties only', () => {
    expect(own({ a: 1 }, 'a')).toBe(1);
    expect(own({ a: 1 }, 'constructor')).toBeUndefined();
    expect(own(undefined, 'a')).toBeUndefined();
  });
});
