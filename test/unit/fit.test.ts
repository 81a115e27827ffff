import { describe, expect, it } from 'vitest';
import { fitOf, isValidAnswer, strongestSignal, trackFit } from '../../src/core/fit.js';
import { agree, choice, makeIndex } from './builders.js';

const index = makeIndex({
  questions: [
    agree('q1', { expert: 1, management: -0.5 }, 'I like going deep'),
    choice('q2', { a: { expert: 0.5 }, b: { management: 1, expert: -1 } }, 'Pick one'),
    agree('q3', { training: 0.8 }),
  ],
});

describe('trackFit', () => {
  it('scales agree answers and adds choice weights, normalised by what the answered questions could give', () => {
    const result = trackFit(index, { q1: 5, q2: 'b' });
    // expert: q1 1*(5-3)/2 = 1, q2 -1; sum 0; M = 1 + max(0.5, 1) = 2; fit = (0 + 2) / 4 = 0.5
    expect(result.fit.expert).toBeCloseTo(0.5, 12);
    // management: q1 -0.5*1 = -0.5, q2 +1; sum 0.5; M = 0.5 + 1 = 1.5; fit = 2 / 3
    expect(result.fit.management).toBeCloseTo(2 / 3, 12);
    // training: q3 unanswered, so M = 0: no signal
    expect(result.fit.training).toBe(0.5);
    expect(result.fit.foundation).toBe(0.5);
    expect(result.answered).toBe(2);
    expect(result.flat).toBe(false);
  });

  it('gives 0 and 1 at the extremes', () => {
    // q1 = 1: expert -1 of a possible 1 -> 0; management +0.5 of 0.5 -> 1
    const result = trackFit(index, { q1: 1 });
    expect(result.fit.expert).toBe(0);
    expect(result.fit.management).toBe(1);
  });

  it('counts a choice option with no weight for a track as 0 against that track\'s maximum', () => {
    // q2 = a: management gets 0 of a possible 1 -> (0 + 1) / 2 = 0.5; expert 0.5 of 1 -> 0.75
    const result = trackFit(index, { q2: 'a' });
    expect(result.fit.management).toBe(0.5);
    expect(result.fit.expert).toBe(0.75);
  });

  it('ignores unknown questions and answers that do not fit their question', () => {
    const result = trackFit(index, { nope: 5, q1: 7, q3: 2.5, q2: 'zz' });
    expect(result.answered).toBe(0);
    expect(Object.values(result.fit)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('is neutral without preferences', () => {
    expect(trackFit(index, undefined)).toEqual({
      fit: { expert: 0.5, foundation: 0.5, management: 0.5, training: 0.5 },
      answered: 0,
      flat: false,
    });
  });

  it('calls three or more identical agree answers to statements that pull opposite ways flat', () => {
    const four = makeIndex({ questions: [agree('a', { expert: 1 }), agree('b', { expert: -1 }), agree('c', { expert: 1 }), agree('d', { expert: 1 })] });
    expect(trackFit(four, { a: 4, b: 4, c: 4 }).flat).toBe(true);
    expect(trackFit(four, { a: 4, b: 4 }).flat).toBe(false);
    expect(trackFit(four, { a: 4, b: 4, c: 4, d: 5 }).flat).toBe(false);
    // the same answer to three statements that all point one way is a consistent signal, not flat
    expect(trackFit(four, { a: 5, c: 5, d: 5 }).flat).toBe(false);
    // choice answers are not on the agree scale, so they neither make nor break flatness
    expect(trackFit(index, { q1: 4, q3: 4, q2: 'a' }).flat).toBe(false);
  });

  it('reports fit only for declared tracks, and fitOf falls back to neutral', () => {
    const odd = makeIndex({ questions: [agree('q', { nowhere: 1 })] });
    const result = trackFit(odd, { q: 5 });
    expect(Object.keys(result.fit)).not.toContain('nowhere');
    expect(fitOf(result, 'nowhere')).toBe(0.5);
  });
});

describe('isValidAnswer', () => {
  it('takes whole numbers 1..5 for agree and option ids for choice', () => {
    const q1 = index.questions.get('q1')!;
    const q2 = index.questions.get('q2')!;
    expect([1, 5, 0, 6, 2.5, '3'].map((a) => isValidAnswer(q1, a))).toEqual([true, true, false, false, false, false]);
    expect(['a', 'b', 'c', 1].map((a) => isValidAnswer(q2, a))).toEqual([true, true, false, false]);
  });
});

describe('strongestSignal', () => {
  it('finds the answer that pulls hardest toward a track', () => {
    // expert: q1 = 4 gives 1*(4-3)/2 = 0.5; q2 = a gives 0.5: tie, q1 comes first by id
    const tie = strongestSignal(index, { q1: 4, q2: 'a' }, 'expert');
    expect(tie?.question.id).toBe('q1');
    expect(tie?.answerText).toBe('agree');
    // q1 = 5 gives 1 > 0.5
    expect(strongestSignal(index, { q1: 5, q2: 'a' }, 'expert')?.contribution).toBe(1);
    expect(strongestSignal(index, { q2: 'a' }, 'expert')?.answerText).toBe('A');
  });

  it('finds nothing when no answer pulls toward the track', () => {
    expect(strongestSignal(index, { q1: 5 }, 'management')).toBeUndefined();
    expect(strongestSignal(index, {}, 'expert')).toBeUndefined();
  });
});
