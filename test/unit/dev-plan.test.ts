// The development plan's data (src/core/dev-plan.ts) on the hand-made team ladder of team-builders.ts, and its
// html and markdown: what a lead and a person would agree on in a 1:1.
import { describe, expect, it } from 'vitest';
import { developmentPlan } from '../../src/core/dev-plan.js';
import { leadWarnings } from '../../src/core/lead-warnings.js';
import { nextMove, recommend } from '../../src/core/recommend.js';
import type { Profile } from '../../src/core/types.js';
import { planHtml } from '../../src/render/advice/html.js';
import { recommendFormatters } from '../../src/render/advice/recommend.js';
import { makeProfile } from './builders.js';
import { teamIndex as index } from './team-builders.js';

const plain = { color: false, width: 100 };
const planOf = (profile: Profile) => developmentPlan(index, profile, recommend(index, profile), '2026-12-03');

// Dee, senior -> lead (coaching 4 [5], planning 3 [4], trouble 3 [3]); her lead rates coaching 4 and trouble 4.
const dee = makeProfile({
  name: 'Dee',
  current_role: 'senior',
  assessed_on: '2026-11-20',
  ratings: { coaching: 2, planning: 3, trouble: 4, product: 3 },
  preferences: { 'q-deep': 1 },
  manager_ratings: { coaching: 4, trouble: 4 },
  evidence: { trouble: 'Fixed the <b>sync</b> outage & wrote it up.' },
});

describe('developmentPlan', () => {
  const plan = planOf(dee);

  it('is about the recommended role: its skills with self, lead and target, most important first', () => {
    expect(plan.role.id).toBe('lead');
    expect(plan.name).toBe('Dee');
    expect(plan.date).toBe('2026-12-03');
    expect(plan.assessed_on).toBe('2026-11-20');
    expect(plan.has_lead_ratings).toBe(true);
    expect(plan.skills).toEqual([
      { skill: 'coaching', name: 'Coaching', self: 2, lead: 4, target: 4, importance: 5 },
      { skill: 'planning', name: 'Planning', self: 3, lead: null, target: 3, importance: 4 },
      { skill: 'trouble', name: 'Troubleshooting', self: 4, lead: 4, target: 3, importance: 3 },
    ]);
  });

  it('lists met skills as strengths, those with the person’s evidence first', () => {
    // Coaching is met by the lead's 4 (the rating the advice uses) but not by Dee's own 2: not a strength yet
    expect(plan.strengths.map((s) => [s.skill, s.evidence])).toEqual([
      ['trouble', 'Fixed the <b>sync</b> outage & wrote it up.'],
      ['planning', null],
    ]);
  });

  it('gives three growth areas of two actions each: gaps, then a rating to agree on, then met skills a level further', () => {
    // Dee has no gap by the ratings the advice uses; coaching is 2 by her, 4 by her lead, against a target of 4
    expect(plan.growth.map((g) => [g.skill, g.kind, g.current, g.self, g.lead, g.target])).toEqual([
      ['coaching', 'calibrate', 4, 2, 4, 4],
      ['planning', 'deepen', 3, 3, null, 4],
      ['trouble', 'deepen', 4, 4, 4, 5],
    ]);
    for (const g of plan.growth) expect(g.actions).toHaveLength(2);
    // Coaching toward 4: the training aimed at it first, then another kind
    expect(plan.growth[0]!.actions.map((a) => a.kind)).toEqual(['training', 'practice']);
    // Troubleshooting toward 5: its one action (aimed at 2-4) is used, then a practice to agree on
    expect(plan.growth[2]!.actions[0]!.action).toBe('Problem-solving course');
    expect(plan.growth[2]!.actions[1]!.action).toMatch(/^Agree one piece of real work that needs Troubleshooting at level 5/);
  });

  it('takes the lead’s rating where given: a skill the lead rates below target is a gap, not a strength', () => {
    // Fay's lead rates coaching 1 against her own 4 (the lead role needs 4)
    const fay = planOf(makeProfile({ name: 'Fay', current_role: 'senior', ratings: { coaching: 4, planning: 3, trouble: 3 }, preferences: { 'q-deep': 1 }, manager_ratings: { coaching: 1 } }));
    expect(fay.role.id).toBe('lead');
    expect(fay.strengths.map((s) => s.skill)).not.toContain('coaching');
    expect(fay.growth[0]).toMatchObject({ skill: 'coaching', kind: 'gap', current: 1, self: 4, lead: 1, target: 4 });
  });

  it('stands in the highest self ratings as strengths when nothing is met yet', () => {
    const cara = planOf(makeProfile({ name: 'Cara', current_role: 'agent', ratings: { trouble: 1, product: 1, planning: 4 } }));
    // Senior needs trouble, product and coaching: none met; planning (4) is hers, needed by no role she is scored for
    expect(cara.strengths.map((s) => [s.skill, s.target])).toEqual([['planning', null]]);
  });
});

describe('the plan as html and markdown', () => {
  const plan = planOf(dee);
  const html = planHtml(plan, plain);
  const md = recommendFormatters.markdown(plan, plain);

  it('is one self-contained page: the report’s CSP, no scripts, nothing fetched, every value escaped', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\bsrc=|@import|url\(|@font-face/i);
    expect(html).toContain('<q>Fixed the &lt;b&gt;sync&lt;/b&gt; outage &amp; wrote it up.</q>');
    expect(html).not.toContain('<b>sync');
  });

  it('shows self, lead and target as text in each skill row, three areas with blank agreed and by-when lines', () => {
    expect(html).toMatch(/<th scope="row">Coaching<\/th><td class="num">2<\/td><td class="num">4<\/td><td class="num">4<\/td><td class="status">met<\/td>/);
    expect(html).toContain('<h3>1. Coaching <span class="levels">self 2, lead 4 → 4</span></h3>');
    expect(html.match(/<article class="area">/g)).toHaveLength(3);
    expect(html.match(/<p class="agree"><span>Agreed:<\/span>/g)).toHaveLength(3);
    expect(html.match(/<p class="agree"><span>By when:<\/span>/g)).toHaveLength(3);
    expect(html).toContain('@page { size: A4;');
  });

  it('keeps the advice first in markdown, then the same plan for a wiki', () => {
    expect(md.startsWith('# Career advice for the next step from Senior')).toBe(true);
    expect(md).toContain('## Development plan for Dee');
    expect(md).toContain('Made 2026-12-03 · self-assessment of 2026-11-20');
    expect(md).toContain('| Coaching | 2 | 4 | 4 | 5 of 5 |');
    expect(md).toContain('- **Troubleshooting** (self 4, lead 4, target 3): “Fixed the \\<b\\>sync\\</b\\> outage &amp; wrote it up.”');
    expect(md.match(/^Agreed: _+ By when: _+$/gm)).toHaveLength(3);
    expect(md.match(/^- \[ \] \*\*/gm)).toHaveLength(6);
  });

  it('escapes a role title in a growth area’s note (grow in the current role first)', () => {
    const hostile = '<script>alert(1)</script>';
    const areas = [{ ...plan.growth[0]!, kind: 'gap' as const, for_role: hostile }];
    const tweaked = { ...plan, growth: areas };
    expect(planHtml(tweaked, plain)).not.toContain('<script>');
    expect(recommendFormatters.markdown(tweaked, plain)).not.toMatch(/(?<!\\)<script>/);
  });

  it('leaves text and json exactly the advice formats', () => {
    const advice = recommend(index, dee);
    expect(JSON.parse(recommendFormatters.json(plan, plain))).toEqual(JSON.parse(JSON.stringify(advice)));
  });
});

describe('leadWarnings: the team report speaks to the lead', () => {
  it('names the person and says "yours" for the lead’s ratings', () => {
    const fay = makeProfile({ name: 'Fay', current_role: 'senior', ratings: { coaching: 3, planning: 2, trouble: 3 }, preferences: { 'q-deep': 1 }, manager_ratings: { coaching: 1, planning: 3 } });
    const warnings = leadWarnings(index, fay, nextMove(index, fay));
    expect(warnings).toContain("Fay's ratings and yours differ by 2 levels on Coaching (they 3, you 1): re-read the level definitions together.");
    expect(warnings.join(' ')).not.toMatch(/\bYour ratings\b|\byour manager\b/);
  });

  it('says when the person’s own ratings would change the verdict (the report uses the lead’s where given)', () => {
    // By her lead's coaching 4 Dee is ready for lead; by her own 2 she is gated on it
    const warnings = leadWarnings(index, dee, nextMove(index, dee));
    expect(warnings).toContain('By their own ratings Dee would not be ready for Lead yet (79%); the report uses yours where you rated, so settle the difference together.');
  });

  it('names the skills the role needs that the person did not rate', () => {
    const many = makeProfile({ current_role: 'agent', ratings: {} });
    const warnings = leadWarnings(index, many, nextMove(index, many));
    expect(warnings.find((w) => w.includes('did not rate'))).toBe('This person did not rate 3 of the 3 skills Senior needs (Troubleshooting, Product knowledge and Coaching), so the readiness is uncertain: ask them to rate those.');
  });
});
