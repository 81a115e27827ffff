// The advice and plan formatters on fixed data: what a person reads (text), what a script reads (json, the
// contract unchanged), what a wiki gets (markdown); colour only when allowed; file text made harmless.
import { describe, expect, it } from 'vitest';
import type { PlanResult } from '../../src/core/plan.js';
import type { Gap } from '../../src/core/readiness.js';
import type { Advice } from '../../src/core/recommend.js';
import { adviceFormatters } from '../../src/render/advice/index.js';
import { pickActions } from '../../src/render/advice/common.js';
import type { RenderContext } from '../../src/render/formats.js';
import { planFormatters, type PlanView } from '../../src/render/plan/index.js';

const OFF: RenderContext = { color: false, width: 80 };
const ON: RenderContext = { color: true, width: 80 };
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

function gap(skill: string, name: string, current: number, target: number, importance: number, develop: Gap['develop'] = [], role = 'support-team-lead'): Gap {
  const shortfall = target - current;
  return { skill, name, category: 'management', current, target, importance, shortfall, priority: importance * shortfall, unknown: false, develop, role };
}

const coaching = gap('coaching', 'Coaching', 2, 3, 5, [
  { kind: 'practice', action: 'Review two tickets from a colleague and give feedback.', levels: [2, 3] },
  { kind: 'practice', action: 'Run a weekly review session.', levels: [2, 3] },
  { kind: 'training', action: 'Take a coaching course (GROW).', levels: [3, 4] },
  { kind: 'mentoring', action: 'Ask a lead to observe you coach.', levels: [3, 4] },
]);
const planning = gap('planning', 'Planning', 1, 3, 3, [{ kind: 'reading', action: 'Read the team plan.' }]);
const unratedPlanning = { skill: 'planning', name: 'Planning', target: 3, importance: 3, assumed: 1 };

function advice(overrides: Partial<Advice> = {}): Advice {
  return {
    current_role: { id: 'senior-support-analyst', title: 'Senior Support Analyst', level: 4, track: 'foundation', track_name: 'Foundation' },
    next_role: { id: 'support-team-lead', title: 'Support Team Lead', level: 5, track: 'management', track_name: 'Management path', type: 'promotion' },
    readiness: 0.8,
    readiness_range: [0.6, 0.85],
    fit: 0.9,
    score: 0.84,
    ready: true,
    threshold: 0.7,
    blocked_by: [],
    alternatives: [
      {
        id: 'support-expert', title: 'Support Expert', level: 5, track: 'expert', track_name: 'Expert path', type: 'promotion', readiness: 0.7, fit: 0.3, score: 0.54, ready: false,
        blocked_by: [{ skill: 'troubleshooting', name: 'Troubleshooting', current: 3, target: 5, rule: 'core-gap', reason: 'Troubleshooting is 2 levels short of the core target 5' }],
        against: null,
      },
      { id: 'support-trainer', title: 'Support Trainer', level: 4, track: 'training', track_name: 'Training and enablement', type: 'lateral', readiness: 0.75, fit: 0.5, score: 0.65, ready: true, blocked_by: [], against: null },
    ],
    further: [],
    gaps: [coaching],
    unrated: [unratedPlanning],
    strengths: [{ skill: 'product-knowledge', name: 'Product knowledge', level: 5, target: 3, evidence: 'Wrote the storage troubleshooting guide.' }],
    reasons: ['Support Team Lead is your best next step.', 'The runner-up is Support Expert.'],
    warnings: ['Readiness for Support Team Lead is a range, 60%–85%, because 1 of its 3 skills is not rated: rate Planning for a sharper answer.'],
    fork: {
      expert: { role: { id: 'support-expert', title: 'Support Expert' }, track: { id: 'expert', name: 'Expert path' }, readiness: 0.7, fit: 0.3, missing: [gap('troubleshooting', 'Troubleshooting', 4, 5, 5)], rewards: 'Going deep.' },
      management: { role: { id: 'support-team-lead', title: 'Support Team Lead' }, track: { id: 'management', name: 'Management path' }, readiness: 0.8, fit: 0.9, missing: [coaching], rewards: 'Growing people.' },
      leaning: 'management',
      explanation: ['The expert path rewards going deep.'],
    },
    top_of_path: false,
    ...overrides,
  };
}

const top = advice({
  current_role: { id: 'chief-customer-officer', title: 'Chief Customer Officer', level: 9, track: 'management', track_name: 'Management path' },
  next_role: null,
  readiness: 0.94,
  readiness_range: [0.94, 0.94],
  fit: 0.91,
  score: 0.93,
  alternatives: [],
  gaps: [gap('budgeting', 'Budgeting', 4, 5, 5, [{ kind: 'practice', action: 'Draft the budget.' }], 'chief-customer-officer')],
  unrated: [],
  strengths: [],
  reasons: ['Chief Customer Officer is the top of its path: there is no next role from it in this framework.'],
  warnings: [],
  fork: null,
  top_of_path: true,
});

const plan: PlanResult = {
  from: { id: 'senior-support-analyst', title: 'Senior Support Analyst' },
  to: { id: 'support-operations-manager', title: 'Support Operations Manager' },
  reachable: true,
  steps: [
    { role: { id: 'support-team-lead', title: 'Support Team Lead', level: 5, track: 'management', track_name: 'Management path' }, type: 'promotion', readiness: 0.8, ready: true, blocked_by: [], gaps: [coaching], unrated: [] },
    {
      role: { id: 'support-operations-manager', title: 'Support Operations Manager', level: 6, track: 'management', track_name: 'Management path' }, type: 'promotion', readiness: 0.5, ready: false,
      blocked_by: [{ skill: 'planning', name: 'Planning', current: 1, target: 3, rule: 'core-gap', reason: 'Planning is 2 levels short of the core target 3' }],
      gaps: [planning, coaching],
      unrated: [unratedPlanning],
    },
  ],
};

const unreachable: PlanView = {
  from: { id: 'support-expert', title: 'Support Expert' },
  to: { id: 'technical-writer', title: 'Technical Writer' },
  reachable: false,
  steps: [],
  leads_from: [{ id: 'technical-support-specialist', title: 'Technical Support Specialist', type: 'lateral' }],
};

describe('advice text', () => {
  it('shows the next role, readiness with its range, reasons, options, gaps with actions, the fork and warnings', () => {
    expect(adviceFormatters.text(advice(), OFF)).toMatchInlineSnapshot(`
      "You are now  Senior Support Analyst · level 4 · Foundation track

      Your recommended next role
        Support Team Lead
        ↑ promotion to level 5 · Management path

        Readiness  ████████████████░░░░   80%  ✔ ready
                   range 60%–85%: some of the skills it needs are not rated yet, so
                                  their levels are assumed
        Fit        ██████████████████░░   90%  how well it matches your answers
        Score 84%: readiness, fit and progress combined, what the options are ranked by

      Why
        • Support Team Lead is your best next step.
        • The runner-up is Support Expert.

      Your strengths for it
        ✔ Product knowledge  5 (needs 3)
            “Wrote the storage troubleshooting guide.”

      Other options
        ┌────────────────────────────┬─────────────┬─────────────────────────┬─────┬───────┐
        │ Role                       │ Move        │ Readiness               │ Fit │ Score │
        ├────────────────────────────┼─────────────┼─────────────────────────┼─────┼───────┤
        │ Support Expert (runner-up) │ ↑ promotion │ ███████░░░  70% not yet │ 30% │ 54%   │
        │ Support Trainer            │ ↔ lateral   │ ████████░░  75% ready   │ 50% │ 65%   │
        └────────────────────────────┴─────────────┴─────────────────────────┴─────┴───────┘

      Skills to develop for Support Team Lead
        Biggest first (importance × levels short), each with ways to close the gap:
        1. Coaching  2 → 3  importance ●●●●●
           practice: Review two tickets from a colleague and give feedback.
           training: Take a coaching course (GROW).
           mentoring: Ask a lead to observe you coach.

      Rate these to sharpen the advice
        Planning (assumed 1, needs 3)

      The expert path or the management path?
        Both are real careers with experience valued on each, but they ask for
        different skills and reward different work: one person finds management more
        rewarding, another the expert role. Choose by what you find rewarding, not
        only by the skills you have today.

        Expert path · Support Expert
          Readiness 70%   Fit 30%
          Rewards   Going deep.
          You lack  Troubleshooting (4 → 5)

        Management path · Support Team Lead  ← your answers lean here
          Readiness 80%   Fit 90%
          Rewards   Growing people.
          You lack  Coaching (2 → 3)

        → Your preference answers lean toward the management path (fit 30% for the
          expert path, 90% for the management path).

      Warnings
        ⚠ Readiness for Support Team Lead is a range, 60%–85%, because 1 of its 3
          skills is not rated: rate Planning for a sharper answer.

      In short
        Next   Support Team Lead (80%) — ready
        Grow   Coaching 2 → 3
        Rate   1 skill not rated (see above)
      "
    `);
  });

  it('says plainly when the person is at the top of the path', () => {
    expect(adviceFormatters.text(top, OFF)).toMatchInlineSnapshot(`
      "You are now  Chief Customer Officer · level 9 · Management path

      You are at the top of this path
        There is no next role from Chief Customer Officer in this framework: growth
        from here is about depth and influence in the role you hold.

        How fully you fill it  ███████████████████░   94%
        Fit with your answers  ██████████████████░░   91%

      Why
        • Chief Customer Officer is the top of its path: there is no next role from it
          in this framework.

      Skills to deepen in your current role
        Biggest first (importance × levels short), each with ways to close the gap:
        1. Budgeting  4 → 5  importance ●●●●●
           practice: Draft the budget.

      In short
        Next   top of the path: deepen Chief Customer Officer
        Grow   Budgeting 4 → 5
      "
    `);
  });

  it('says "not ready yet" and names the gaps as what stands between', () => {
    const text = adviceFormatters.text(advice({ ready: false, fork: null, warnings: [] }), OFF);
    expect(text).toContain('✘ not ready yet');
    expect(text).toContain('What stands between you and Support Team Lead');
    expect(text).not.toContain('Warnings');
  });

  it('colours only when the context allows it, warnings in yellow', () => {
    expect(adviceFormatters.text(advice(), OFF)).not.toMatch(ANSI);
    const coloured = adviceFormatters.text(advice(), ON);
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[33m  ⚠ Readiness for Support Team Lead');
    // the not-ready reasons are in yellow too
    expect(adviceFormatters.text(advice({ ready: false, blocked_by: plan.steps[1]!.blocked_by }), ON)).toContain('\u001b[33m             ✘ Planning is 2 levels short');
  });

  it('strips control characters from file text', () => {
    const evil = advice({
      next_role: { id: 'x', title: 'Team\u001b]0;pwned\u0007 Lead\u009b2J', level: 5, track: 'management', track_name: 'Manage\u001b[2Jment', type: 'promotion' },
      reasons: ['Because\u001b[31m red'],
      gaps: [gap('c', 'Coach\u0000ing', 1, 3, 4, [{ kind: 'training', action: 'Do\u001b[2J this' }])],
    });
    const text = adviceFormatters.text(evil, OFF);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('Team]0;pwned Lead2J');
    expect(text).toContain('Coaching');
  });

  it('shows at most three actions per gap, preferring different kinds', () => {
    expect(pickActions(coaching).map((a) => a.kind)).toEqual(['practice', 'training', 'mentoring']);
    expect(pickActions(coaching, 2).map((a) => a.kind)).toEqual(['practice', 'training']);
  });
});

describe('advice json', () => {
  it('is the contract, unchanged', () => {
    const a = advice();
    expect(JSON.parse(adviceFormatters.json(a, ON))).toEqual(a);
    expect(adviceFormatters.json(a, ON)).not.toMatch(ANSI);
  });
});

describe('advice markdown', () => {
  it('has the same content as headings, lists and pipe tables', () => {
    expect(adviceFormatters.markdown(advice(), OFF)).toMatchInlineSnapshot(`
      "# Career advice for the next step from Senior Support Analyst

      You are now **Senior Support Analyst** (\`senior-support-analyst\`), level 4, Foundation track.

      ## Your recommended next role

      **Support Team Lead** (\`support-team-lead\`): a promotion to level 5, Management path.

      - **Readiness**: 80% (range 60%–85%: some of the skills it needs are not rated yet), **ready**
      - **Fit**: 90% (how well the path matches your preference answers)
      - **Score**: 84% (readiness, fit and progress combined, what the options are ranked by)

      ## Why

      - Support Team Lead is your best next step.
      - The runner-up is Support Expert.

      ## Your strengths for it

      - **Product knowledge**: 5 (needs 3) — “Wrote the storage troubleshooting guide.”

      ## Other options

      | Role | Move | Readiness | Ready | Fit | Score |
      | --- | --- | --- | --- | --- | --- |
      | Support Expert (runner-up) | promotion | 70% | not yet | 30% | 54% |
      | Support Trainer | lateral | 75% | yes | 50% | 65% |

      ## Skills to develop for Support Team Lead

      Biggest first (importance × levels short), each with ways to close the gap.

      ### 1. Coaching: 2 → 3, importance 5 of 5

      - **practice**: Review two tickets from a colleague and give feedback.
      - **training**: Take a coaching course (GROW).
      - **mentoring**: Ask a lead to observe you coach.

      ## Rate these to sharpen the advice

      Planning (assumed 1, needs 3).

      ## The expert path or the management path?

      Both are real careers with experience valued on each, but they ask for different skills and reward different work: one person finds management more rewarding, another the expert role. Choose by what you find rewarding, not only by the skills you have today.

      |  | Expert path | Management path |
      | --- | --- | --- |
      | Role | Support Expert | Support Team Lead |
      | Readiness | 70% | 80% |
      | Fit | 30% | 90% |
      | Rewards | Going deep. | Growing people. |
      | You lack | Troubleshooting (4 → 5) | Coaching (2 → 3) |

      Your preference answers lean toward the **management path** (fit 30% for the expert path, 90% for the management path).

      ## Warnings

      - ⚠ Readiness for Support Team Lead is a range, 60%–85%, because 1 of its 3 skills is not rated: rate Planning for a sharper answer.
      "
    `);
  });

  it('escapes | and < from file text', () => {
    const md = adviceFormatters.markdown(
      advice({
        alternatives: [{ id: 'a|b', title: 'Lead | <script>', level: 5, track: 'management', track_name: 'Management path', type: 'lateral', readiness: 0.5, fit: 0.5, score: 0.5, ready: false, blocked_by: [], against: null }],
        reasons: ['Use <b>bold</b> | pipes'],
      }),
      OFF,
    );
    expect(md).toContain('| Lead \\| \\<script\\> (runner-up) |');
    expect(md).toContain('- Use \\<b\\>bold\\</b\\> \\| pipes');
    expect(md).not.toContain('<script>');
  });
});

describe('plan formatters', () => {
  it('text: the route, then each step with readiness and the top gaps with actions', () => {
    expect(planFormatters.text(plan, OFF)).toMatchInlineSnapshot(`
      "Route from Senior Support Analyst to Support Operations Manager: 2 moves
        Senior Support Analyst → Support Team Lead → Support Operations Manager
        Readiness is scored against your ratings today: later steps rise as you grow
        into the earlier ones.

      Step 1 of 2  ↑ Support Team Lead
        promotion to level 5 · Management path
        Readiness now  ████████████████░░░░   80%  ✔ ready
        Gaps:
          1. Coaching  2 → 3  importance ●●●●●
             practice: Review two tickets from a colleague and give feedback.
             training: Take a coaching course (GROW).

      Step 2 of 2  ↑ Support Operations Manager
        promotion to level 6 · Management path
        Readiness now  ██████████░░░░░░░░░░   50%  ✘ not ready yet
                       ✘ Planning is 2 levels short of the core target 3
                       1 of the skills it needs is not rated yet (Planning assumed 1):
                       rate it to sharpen this.
        Gaps:
          1. Planning  1 → 3  importance ●●●○○
             reading: Read the team plan.
          2. Coaching  2 → 3  importance ●●●●●
             practice: Review two tickets from a colleague and give feedback.
             training: Take a coaching course (GROW).
      "
    `);
  });

  it('text: an unreachable target says no route exists and where the target is reached from', () => {
    expect(planFormatters.text(unreachable, OFF)).toMatchInlineSnapshot(`
      "No route from Support Expert to Technical Writer
        Moves in this framework only go forward, along each role's next roles
        (promotions and lateral moves), and no chain of them leads from Support Expert
        to Technical Writer.
        Technical Writer is reached from: Technical Support Specialist (lateral move).
        See the whole map of roles with: rungs paths
      "
    `);
  });

  it('text: already there', () => {
    const there: PlanResult = { from: plan.from, to: plan.from, reachable: true, steps: [] };
    expect(planFormatters.text(there, OFF)).toContain('You are already Senior Support Analyst');
  });

  it('markdown: steps as sections', () => {
    expect(planFormatters.markdown(plan, OFF)).toMatchInlineSnapshot(`
      "# Route from Senior Support Analyst to Support Operations Manager

      2 moves: Senior Support Analyst → Support Team Lead → Support Operations Manager.

      Readiness is scored against your ratings today: later steps rise as you grow into the earlier ones.

      ## Step 1: Support Team Lead

      \`support-team-lead\`: a promotion to level 5, Management path.

      - **Readiness now**: 80%, **ready**

      ### 1. Coaching: 2 → 3, importance 5 of 5

      - **practice**: Review two tickets from a colleague and give feedback.
      - **training**: Take a coaching course (GROW).

      ## Step 2: Support Operations Manager

      \`support-operations-manager\`: a promotion to level 6, Management path.

      - **Readiness now**: 50%, **not ready yet** (1 of the skills it needs is not rated yet and is assumed: Planning at 1)
        - ✘ Planning is 2 levels short of the core target 3

      ### 1. Planning: 1 → 3, importance 3 of 5

      - **reading**: Read the team plan.

      ### 2. Coaching: 2 → 3, importance 5 of 5

      - **practice**: Review two tickets from a colleague and give feedback.
      - **training**: Take a coaching course (GROW).
      "
    `);
    expect(planFormatters.markdown(unreachable, OFF)).toContain('# No route from Support Expert to Technical Writer');
    expect(planFormatters.markdown(unreachable, OFF)).toContain('Technical Writer is reached from: Technical Support Specialist (lateral move).');
  });

  it('json: the plan as it is, steps in order', () => {
    expect(JSON.parse(planFormatters.json(plan, OFF))).toEqual(plan);
    expect(JSON.parse(planFormatters.json(unreachable, OFF)).leads_from).toEqual(unreachable.leads_from);
  });

  it('colours only when allowed; strips control characters', () => {
    expect(planFormatters.text(plan, OFF)).not.toMatch(ANSI);
    expect(planFormatters.text(plan, ON)).toMatch(ANSI);
    const evil: PlanResult = { ...plan, to: { id: 'x', title: 'Op\u001b[2Js' } };
    expect(planFormatters.text(evil, OFF)).toContain('Route from Senior Support Analyst to Op[2Js');
    expect(planFormatters.text(evil, OFF)).not.toMatch(ANSI);
  });
});
