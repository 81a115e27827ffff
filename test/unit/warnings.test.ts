import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/core/recommend.js';
import { makeFramework, makeProfile, makeRole, req } from './builders.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { analyst, ladder } from './ladder.js';

const warningsFor = (overrides: Parameters<typeof analyst>[0]) => recommend(ladder, analyst(overrides)).warnings;

describe('advice warnings', () => {
  it('flags flat preferences', () => {
    const warnings = warningsFor({ preferences: { 'q-deep': 4, 'q-people': 4, 'q-teach': 4 } });
    expect(warnings).toEqual([expect.stringContaining('Your answers to the agree/disagree statements are all the same')]);
  });

  it('flags missing preferences', () => {
    expect(warningsFor({ preferences: undefined })).toEqual([expect.stringContaining('No preference questions are answered')]);
    // invalid answers count as unanswered
    expect(warningsFor({ preferences: { 'q-deep': 9 } })).toEqual([expect.stringContaining('No preference questions are answered')]);
  });

  it('does not ask for preferences a framework has no questions for', () => {
    const index = indexFramework(makeFramework({ roles: [makeRole('agent', { skills: [req('s', 1)] })] }));
    expect(recommend(index, makeProfile({ ratings: { s: 1 } })).warnings).toEqual([]);
  });

  it('gives the readiness range when too many skills are unrated', () => {
    // expert-eng, product unrated (assumed at the analyst's 3): low 4 / 9, high (4 + 4) / 9; 1 of 2 unknown = 0.5 > 0.3
    const warnings = warningsFor({ ratings: { trouble: 4 } });
    expect(warnings).toEqual([
      '1 of the 2 skills Expert Engineer needs is not rated, so the advice assumes them (at what your current role expects, else level 1) and readiness could be anywhere from 44% to 89%: rate Product knowledge to sharpen it.',
    ]);
  });

  it('asks for a calibration talk when self and manager ratings are far apart', () => {
    // trouble: you 4, manager 2: gap 2 >= calibration_gap 2; planning: gap 1 is below it
    const warnings = warningsFor({ manager_ratings: { trouble: 2, planning: 2 } });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('two or more levels on Troubleshooting (you 4, your manager 2)');
    expect(warnings[0]).toContain('re-read the level definitions together');
    // The advice uses the lead's 2 (expert-eng: (5 x 2/5 + 4 x 4/4) / 9 = 67%, gated); on the self view it was 89% and ready.
    expect(warnings[1]).toBe(
      "Where your lead rated a skill, this advice uses the lead's rating: Troubleshooting (you 4, your lead 2). That changes the verdict: by your own ratings you would be ready for Expert Engineer (89%). Settle the difference with your lead.",
    );
  });

  it('asks for a talk on a one-level gap when the framework flags one-level gaps', () => {
    const strict = indexFramework({ ...ladder.framework, meta: { ...ladder.framework.meta, scoring: { ...ladder.framework.meta.scoring, calibration_gap: 1 } } });
    const warnings = recommend(strict, analyst({ manager_ratings: { trouble: 1, planning: 2 } })).warnings;
    expect(warnings).toEqual([
      expect.stringContaining('differ by a level on Planning (you 3, your manager 2): talk them through'),
      expect.stringContaining('two or more levels on Troubleshooting (you 4, your manager 1)'),
      expect.stringContaining('That changes the verdict: by your own ratings you would be ready for Expert Engineer'),
    ]);
  });

  it('says the lead\'s rating is used, without a verdict warning when it would not change the verdict', () => {
    // manager agrees within a level: expert-eng stays ready on either view
    expect(warningsFor({ manager_ratings: { trouble: 5, product: 4 } })).toEqual([
      "Where your lead rated a skill, this advice uses the lead's rating: Troubleshooting (you 4, your lead 5).",
    ]);
  });

  it('uses the lead\'s ratings: a self-rated 5 everywhere whom the lead rates 2 is not called ready', () => {
    const advice = recommend(ladder, analyst({ ratings: { trouble: 5, product: 5 }, manager_ratings: { trouble: 2, product: 2 } }));
    expect(advice.ready).toBe(false);
    expect(advice.gaps.find((g) => g.skill === 'trouble')).toMatchObject({ current: 2, self: 5, manager: 2 });
  });

  it('uses the lead\'s ratings: a modest self-rater whom the lead rates high is ready', () => {
    const advice = recommend(ladder, analyst({ ratings: { trouble: 2, product: 2 }, manager_ratings: { trouble: 5, product: 4 } }));
    expect(advice.next_role?.id).toBe('expert-eng');
    expect(advice.ready).toBe(true);
  });

  it('ignores manager ratings it cannot compare', () => {
    // teaching unrated by self; ghost is not a skill
    expect(warningsFor({ ratings: { trouble: 4, product: 4, teaching: null }, manager_ratings: { teaching: 0, ghost: 5 } })).toEqual([]);
  });

  it('flags an unfinished assessment', () => {
    expect(warningsFor({ incomplete: true })).toEqual([expect.stringContaining('interrupted')]);
  });
});
