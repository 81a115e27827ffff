// The adaptive questionnaire through the real flow with scripted people: how many prompts each persona
// answers, and that stopping early gives the same recommended role as answering every question.
import { describe, expect, it } from 'vitest';
import { runAssessment } from '../../src/cli/assess-flow.js';
import { planAsking, QUICK_MAX_PROMPTS } from '../../src/core/asking.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { recommend } from '../../src/core/recommend.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { fullProfile, personaPrompter, type Persona } from '../helpers/persona-prompter.js';

const index = indexFramework(loadFramework(new URL('../../data', import.meta.url).pathname).framework!);
const TODAY = '2026-12-03';

const technician: Persona = {
  label: 'a Support Technician, a few months in, who likes the front line',
  role: 'support-technician',
  fallback: 2,
  ratings: { troubleshooting: 2, 'product-knowledge': 2, 'verbal-communication': 3, 'active-listening': 3, patience: 3, 'case-documentation': 2, 'escalation-judgement': 2, empathy: 3, discretion: 2, 'help-desk-tools': 2, questioning: 2, 'remote-support-tools': 1, 'time-management': 2, 'continuous-learning': 3 },
  preferences: {
    'solve-what-nobody-can': 3, 'success-through-others': 2, 'people-decisions': 2, 'see-people-grow': 3, 'write-it-down': 2, 'fix-it-for-everyone': 2,
    'long-relationships': 2, 'remote-and-autonomous': 2, 'variety-and-quick-wins': 5, 'best-day': 'many-small-wins', 'five-years-from-now': 'still-on-the-front-line', 'free-afternoon': 'clear-the-queue',
  },
};

const expertAnalyst: Persona = {
  label: 'a Senior Support Analyst leaning expert',
  role: 'senior-support-analyst',
  fallback: 3,
  ratings: { troubleshooting: 5, 'product-knowledge': 5, 'root-cause-analysis': 4, 'knowledge-base-authoring': 4, 'cross-functional-collaboration': 4, mentoring: 3, 'data-analysis': 3, 'operating-systems': 4, coaching: 2, leadership: 1, motivating: 2, delegating: 1, staffing: 1, budgeting: 0, organising: 2, 'performance-monitoring': 2, planning: 2 },
  preferences: {
    'solve-what-nobody-can': 5, 'success-through-others': 1, 'people-decisions': 1, 'see-people-grow': 3, 'write-it-down': 3, 'fix-it-for-everyone': 2,
    'long-relationships': 2, 'remote-and-autonomous': 3, 'variety-and-quick-wins': 2, 'best-day': 'cracked-a-hard-case', 'five-years-from-now': 'the-go-to-expert', 'free-afternoon': 'dig-into-a-case',
  },
  evidence: 'Found the cause of the March storage outage nobody else could reproduce',
};

const managingAnalyst: Persona = {
  label: 'a Senior Support Analyst leaning management',
  role: 'senior-support-analyst',
  fallback: 3,
  ratings: { troubleshooting: 4, 'product-knowledge': 4, leadership: 3, coaching: 4, motivating: 3, organising: 3, 'performance-monitoring': 3, 'metrics-literacy': 3, delegating: 3, planning: 3, mentoring: 4, 'de-escalation': 4, 'root-cause-analysis': 3, 'knowledge-base-authoring': 2 },
  preferences: {
    'solve-what-nobody-can': 2, 'success-through-others': 5, 'people-decisions': 4, 'see-people-grow': 4, 'write-it-down': 2, 'fix-it-for-everyone': 3,
    'long-relationships': 3, 'remote-and-autonomous': 1, 'variety-and-quick-wins': 2, 'best-day': 'team-beat-targets', 'five-years-from-now': 'running-the-department', 'free-afternoon': 'plan-the-team',
  },
  evidence: 'Coached two new hires to their first solo escalations in a month',
};

const teamLead: Persona = {
  label: 'a Support Team Lead',
  role: 'support-team-lead',
  fallback: 3,
  ratings: { leadership: 4, coaching: 4, 'performance-monitoring': 4, motivating: 4, organising: 3, 'metrics-literacy': 3, delegating: 3, planning: 3, budgeting: 2, staffing: 3, 'process-improvement': 3, 'strategic-thinking': 2, 'commercial-awareness': 2 },
  preferences: {
    'solve-what-nobody-can': 2, 'success-through-others': 5, 'people-decisions': 5, 'see-people-grow': 4, 'write-it-down': 2, 'fix-it-for-everyone': 4,
    'long-relationships': 2, 'remote-and-autonomous': 1, 'variety-and-quick-wins': 2, 'best-day': 'team-beat-targets', 'five-years-from-now': 'running-the-department', 'free-afternoon': 'plan-the-team',
  },
};

const PERSONAS = [technician, expertAnalyst, managingAnalyst, teamLead];

/** The prompts that are questions (not the review screen or the name). */
const QUESTION_KINDS = new Set(['role', 'preference', 'rating', 'evidence']);

async function runPersona(p: Persona, quick = false) {
  const prompter = personaPrompter(p);
  const r = await runAssessment(prompter, index, { today: TODAY, quick });
  const questions = prompter.asked.filter((q) => QUESTION_KINDS.has(q.topic!.kind)).length;
  return { r, prompter, questions, prompts: prompter.asked.length };
}

/** The advice of the same person answering every question of the full questionnaire. */
function everything(p: Persona) {
  const plan = planAsking(index, p.role, 'full');
  return recommend(index, fullProfile(p, plan.pool, index.framework.questions.map((q) => q.id)));
}

describe('personas, full mode', () => {
  it.each(PERSONAS.map((p) => [p.label, p] as const))('%s: the same recommended role as answering everything', async (_, p) => {
    const { r } = await runPersona(p);
    expect(r.advice!.next_role?.id).toBe(everything(p).next_role?.id);
  });

  it('median <= 20 prompts, none over 30', async () => {
    const counts: number[] = [];
    for (const p of PERSONAS) counts.push((await runPersona(p)).prompts);
    const sorted = [...counts].sort((a, b) => a - b);
    const median = (sorted[1]! + sorted[2]!) / 2;
    console.log('prompts per persona (full):', PERSONAS.map((p, i) => `${p.role}=${counts[i]}`).join(', '));
    expect(median).toBeLessThanOrEqual(20);
    expect(Math.max(...counts)).toBeLessThanOrEqual(30);
  });
});

describe('--quick', () => {
  it(`at most ${QUICK_MAX_PROMPTS} prompts for every role of the default framework`, async () => {
    for (const role of index.roles.values()) {
      const p: Persona = { label: role.id, role: role.id, fallback: 3, ratings: {}, preferences: Object.fromEntries(index.framework.questions.map((q) => [q.id, q.type === 'agree' ? 4 : q.options[0]!.id])) };
      const { prompts } = await runPersona(p, true);
      expect(prompts, role.id).toBeLessThanOrEqual(QUICK_MAX_PROMPTS);
    }
  });
});

