import { describe, it, expect } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/core/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('coaching', 'coaching')).toBe(0);
    expect(editDistance('coachng', 'coaching')).toBe(1);
    expect(editDistance('coachingg', 'coaching')).toBe(1);
    expect(editDistance('coacbing', 'coaching')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts a swap of two neighbouring characters as one edit', () => {
    expect(editDistance('expret', 'expert')).toBe(1);
    expect(editDistance('caoching', 'coaching')).toBe(1);
  });

  it('is symmetric', () => {
    expect(editDistance('team-lead', 'tema-led')).toBe(editDistance('tema-led', 'team-lead'));
  });
});

describe('closest', () => {
  const skills = ['coaching', 'communication', 'troubleshooting', 'product-knowledge', 'kcs', 'empathy'];

  it('suggests the id one typo away', () => {
    expect(closest('coachng', skills)).toEqual(['coaching']);
    expect(closest('empaty', skills)).toEqual(['empathy']);
  });

  it('suggests candidates that contain the input or are contained in it', () => {
    expect(closest('product', skills)).toEqual(['product-knowledge']);
    expect(closest('kcs-practice', skills)).toEqual(['kcs']);
  });

  it('suggests nothing when nothing is close', () => {
    expect(closest('budgeting', skills)).toEqual([]);
    expect(closest('', skills)).toEqual([]);
    expect(closest('ab', ['xy'])).toEqual([]);
  });

  it('allows more edits for longer ids', () => {
    expect(closest('troubleshootnig-skils', ['troubleshooting-skills'])).toEqual(['troubleshooting-skills']);
    expect(closest('abcd', ['wxyd'])).toEqual([]);
  });

  it('ignores case', () => {
    expect(closest('Coaching', skills)).toEqual(['coaching']);
  });

  it('returns at most three, best first, ties alphabetically', () => {
    const found = closest('lead', ['team-lead', 'leed', 'lean', 'load', 'leadership']);
    expect(found).toEqual(['lean', 'leed', 'load']);
  });

  it('does not depend on the order of the candidates', () => {
    const candidates = ['tier-1', 'tier-2', 'tier-3', 'tier-4'];
    expect(closest('tier', candidates)).toEqual(closest('tier', [...candidates].reverse()));
  });

  it('returns each candidate once', () => {
    expect(closest('coachng', ['coaching', 'coaching'])).toEqual(['coaching']);
  });
});

describe('didYouMean', () => {
  it('formats one, several or no suggestions', () => {
    expect(didYouMean('coachng', ['coaching'])).toBe(' (did you mean "coaching"?)');
    expect(didYouMean('lead', ['leed', 'lean'])).toBe(' (did you mean "lean" or "leed"?)');
    expect(didYouMean('lead', ['leed', 'lean', 'load'])).toBe(' (did you mean "lean", "leed" or "load"?)');
    expect(didYouMean('zzz', ['coaching'])).toBe('');
  });
});
