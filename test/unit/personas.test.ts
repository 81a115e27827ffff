// Personas written from the seed articles (in /work/shared/seeds: the SSPA career-path article, the support
// career-ladder guide, the support job descriptions, the soft-skills article and "support is a career"),
// scored against the shipped framework in data/. Each persona is a realistic person with ratings for the
// skills of their role and of the roles one step away (what `rungs assess` asks), and preference answers
// given in character. The test pins the recommended role, ready or not, and the top gaps (exact ids, in
// order): if one of these changes, the data or the scoring changed what a real person would be told.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { recommend, type Advice } from '../../src/core/recommend.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { readProfileFile } from '../../src/io/profile.js';
import { DATA, ROOT } from '../helpers/fixtures.js';

const loaded = loadFramework(DATA);
const index = indexFramework(loaded.framework!);
const PERSONAS = join(ROOT, 'test', 'fixtures', 'personas');

function advise(file: string): Advice {
  const result = readProfileFile(join(PERSONAS, file), index);
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => p.message).join('; ')}`);
  expect(result.warnings).toEqual([]);
  return recommend(index, result.profile);
}

const topGaps = (a: Advice, n: number) => a.gaps.slice(0, n).map((g) => g.skill);

describe('the default framework loads cleanly', () => {
  it('has no errors', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('personas from the seeds', () => {
  // Amara, six months a technician after years on a hotel front desk: listening, patience, empathy and clear
  // speech at 4, product and tools still new. The ladder guide: "Show proficiency in resolving common issues
  // ... develop empathy" -> Customer Support Representative. What holds her back is product knowledge.
  it('a new technician with strong communication heads to Customer Support Representative', () => {
    const a = advise('new-technician-communicator.yaml');
    expect(a.next_role).toMatchObject({ id: 'customer-support-representative', type: 'promotion' });
    expect(a.ready).toBe(true);
    // Third: multichannel support (2 of 3, importance 3), which the job descriptions ask of representatives
    // ("navigate each support channel with consistent ease"); she has worked the phones only. It outranks
    // commercial awareness (1 of 2, importance 2), the third gap before the skill existed.
    expect(topGaps(a, 3)).toEqual(['product-knowledge', 'de-escalation', 'multichannel-support']);
    expect(a.warnings).toEqual([]);
  });

  // Dmitri, senior analyst, troubleshooting and product knowledge at 5, turned down covering for the lead,
  // "solve what nobody can" strongly agreed, "judged on my team's results" strongly disagreed. The SSPA's
  // alternate path: "a senior support professional expert ... in-depth knowledge in a specific technical
  // area" -> Support Expert, NOT Support Team Lead. The fork section must lean expert.
  it('a deep product specialist who does not want to manage is sent along the expert path, not to team lead', () => {
    const a = advise('deep-product-specialist.yaml');
    expect(a.next_role?.id).toBe('support-expert');
    expect(a.ready).toBe(true);
    expect(topGaps(a, 3)).toEqual(['cross-functional-collaboration', 'mentoring', 'customer-education']);
    expect(a.fork?.leaning).toBe('expert');
    expect(a.fork?.management.role.id).toBe('support-team-lead');
    const lead = a.alternatives.find((x) => x.id === 'support-team-lead')!;
    expect(lead.score).toBeLessThan(a.score - 0.3);
  });

  // Rosa, senior analyst: runs the buddy programme, chairs stand-ups when the lead is away, "success through
  // others" and "see people grow" strongly agreed. The ladder guide: "Show leadership potential by
  // informally leading peers" -> Support Team Lead. Team lead, not supervisor: both are management track at
  // level 5 (equal fit), and the data decides on readiness: the team lead keeps the product and
  // troubleshooting skills she has (4 of 3 and 4 of 2), while the supervisor asks for performance
  // monitoring at 4 (core), which nobody without a team has shown: she is 2, two below, so not ready there.
  it('a senior analyst who mentors, leads and wants to grow people is sent to team lead', () => {
    const a = advise('mentoring-senior-analyst.yaml');
    expect(a.next_role?.id).toBe('support-team-lead');
    expect(a.ready).toBe(true);
    expect(topGaps(a, 3)).toEqual(['performance-monitoring', 'delegating', 'commercial-awareness']);
    expect(a.fork?.leaning).toBe('management');
    expect(a.alternatives[0]).toMatchObject({ id: 'support-supervisor', ready: false });
  });

  // Kenji, technical support specialist: runs the new-hire product sessions and turned them into a course
  // with exercises. The job descriptions: the trainer "devises initial training programs ... a good
  // teacher" -> the move to Support Trainer, ahead of the promotion to senior analyst. Trainer sits at level 4,
  // a rung above the specialist's 3, so the move is a promotion (issue 11: a move's type follows the levels).
  it('someone who loves teaching and writing course material is offered the trainer move', () => {
    const a = advise('course-writing-specialist.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-trainer', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(topGaps(a, 2)).toEqual(['metrics-literacy', 'organising']);
    expect(a.alternatives.map((x) => x.id)).toContain('senior-support-analyst');
  });

  // Sophie, specialist whose articles are the most read and who rewrote the install guide. "Support is a
  // career": "technical writing" is one of the directions support opens -> Technical Writer. Her gap is
  // formal technical writing (3 of 4) and working with product and engineering.
  it('a specialist who loves writing is offered technical writer', () => {
    const a = advise('writing-specialist.yaml');
    expect(a.next_role).toMatchObject({ id: 'technical-writer', type: 'promotion' }); // level 3 -> 4
    expect(a.ready).toBe(true);
    expect(topGaps(a, 2)).toEqual(['technical-writing', 'cross-functional-collaboration']);
  });

  // Marcus, senior analyst who built the backlog dashboard and automated triage; "fixing it for everyone"
  // strongly agreed. The ladder guide's senior analysts "analyse trends ... help refine support processes";
  // "support is a career" names "an operations specialist" -> Support Operations Analyst.
  it('a data and process person is offered support operations analyst', () => {
    const a = advise('data-process-analyst.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-operations-analyst', type: 'lateral' });
    expect(a.ready).toBe(true);
    expect(topGaps(a, 2)).toEqual(['support-tooling-administration', 'service-management']);
  });

  // Grace, representative whose business accounts ask for her by name; long relationships strongly agreed.
  // "Support is a career": "customer success and account management" -> Customer Success Manager. Her gaps
  // are the commercial side and relationship management at practitioner level.
  it('a relationship person at CSR is offered customer success manager', () => {
    const a = advise('relationship-representative.yaml');
    // level 2 -> 4: two rungs up is no lateral move, whatever the edge was called
    expect(a.next_role).toMatchObject({ id: 'customer-success-manager', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(topGaps(a, 3)).toEqual(['commercial-awareness', 'relationship-management', 'metrics-literacy']);
  });

  // Tomás, representative who works the email queue to his own routine from the countryside. The job
  // descriptions: the virtual agent is "dependable ... autonomous ... with reduced managerial supervision"
  // -> Virtual Support Agent. He has not yet run remote sessions (remote support tools 2 of 3).
  it('a remote, autonomous person is offered virtual support agent', () => {
    const a = advise('remote-representative.yaml');
    expect(a.next_role).toMatchObject({ id: 'virtual-support-agent', type: 'lateral' });
    expect(a.ready).toBe(true);
    expect(topGaps(a, 1)).toEqual(['remote-support-tools']);
    expect(a.gaps).toHaveLength(1);
  });

  // Jordan, made senior analyst in a reorganisation three months ago, mostly 2s and 3s, curious about the
  // expert path. Nothing is ready: the advice must say so, name the best candidate (the expert role the answers
  // point to) and, since no move is ready, put growing in the role she holds first: her own role's core skills
  // (product knowledge and troubleshooting 3 of 4, data analysis 2 of 3) lead the gaps (issue 11, item 4).
  it('a senior analyst who is not ready for anything yet gets "not ready", grow where you are first', () => {
    const a = advise('new-senior-analyst-not-ready.yaml');
    expect(a.next_role?.id).toBe('support-expert');
    expect(a.ready).toBe(false);
    expect(a.alternatives.every((x) => !x.ready)).toBe(true);
    expect(topGaps(a, 3)).toEqual(['product-knowledge', 'troubleshooting', 'data-analysis']);
    expect(a.gaps.slice(0, 3).every((g) => g.role === 'senior-support-analyst')).toBe(true);
    expect(a.reasons[0]).toMatch(/^No next role is ready yet/);
    expect(a.reasons.some((r) => r.startsWith('Grow where you are first'))).toBe(true);
  });

  // Helen, chief customer officer: the top of the management path. The advice must say so (next_role null,
  // top_of_path) and still give what to deepen in the role she holds.
  it('a chief customer officer is at the top of the path', () => {
    const a = advise('chief-customer-officer.yaml');
    expect(a.next_role).toBeNull();
    expect(a.top_of_path).toBe(true);
    expect(a.alternatives).toEqual([]);
    expect(a.ready).toBe(true);
    // Change management (4 of 5, importance 4: "a history of transformative leadership") ties with expectations
    // and metrics (4 of 5, importance 4) and comes first by id, behind budgeting (importance 5).
    expect(topGaps(a, 3)).toEqual(['budgeting', 'change-management', 'customer-expectation-management']);
    expect(a.reasons[0]).toContain('top of its path');
  });

  // Arjun, support expert for the storage platform, the last line before engineering, no wish to manage ->
  // Senior Support Expert, the next rung of the expert path (at parity with operations manager).
  it('a support expert goes on to senior support expert', () => {
    const a = advise('storage-support-expert.yaml');
    expect(a.next_role).toMatchObject({ id: 'senior-support-expert', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(topGaps(a, 3)).toEqual(['cross-functional-collaboration', 'de-escalation', 'mentoring']);
    expect(a.fork?.leaning).toBe('expert');
  });

  // Lee, specialist a year in, keen on promotion, rates troubleshooting and root cause analysis 4 where his
  // lead says 2. Changed by issue 11 (item 11): the lead's observed rating is what the advice scores, so he is
  // not called ready for senior analyst on his own lenient view; the advice says so and shows both views, and
  // the two-level gaps are flagged for a calibration talk (TACO's rule: 2+ apart means re-read the definitions).
  it('self and manager ratings far apart: the lead\'s rating counts, both are shown, and a calibration talk is due', () => {
    const a = advise('self-rating-far-from-manager.yaml');
    expect(a.next_role?.id).toBe('senior-support-analyst');
    expect(a.ready).toBe(false);
    expect(a.blocked_by.map((b) => b.skill)).toContain('troubleshooting');
    expect(a.gaps.find((g) => g.skill === 'troubleshooting')).toMatchObject({ current: 2, self: 4, manager: 2 });
    expect(a.warnings).toHaveLength(2);
    expect(a.warnings[0]).toContain('differ by two or more levels on Root cause analysis (you 4, your manager 2) and Troubleshooting (you 4, your manager 2)');
    expect(a.warnings[1]).toMatch(/That changes the verdict: by your own ratings you would be ready for Senior Support Analyst/);
  });

  // Sam, representative who agreed (4) with every preference statement and skipped the choice questions:
  // no signal. The warning must say so, and the fit is neutral for every track.
  it('flat preference answers give the no-signal warning', () => {
    const a = advise('agrees-with-everything.yaml');
    expect(a.warnings).toEqual([
      'Your answers to the agree/disagree statements are all the same, though the statements pull different ways, so they are left out and only your choices count toward fit: answer them again, and say where you really lean.',
    ]);
    // With no preference signal every track fits 0.5, so readiness and progress decide: the promotion
    // (98% ready) beats the sideways move to virtual support (100% ready, but no step up).
    expect(a.fit).toBe(0.5);
    expect(a.next_role?.id).toBe('technical-support-specialist');
    expect(a.ready).toBe(true);
    expect(a.alternatives[0]).toMatchObject({ id: 'virtual-support-agent', fit: 0.5, ready: true });
    expect(a.reasons.join(' ')).not.toMatch(/points most strongly/);
  });

  // Olivia, team lead for three years who took over the rota and hiring and wants to run the operation:
  // the seeds' next rung is Support Operations Manager (87%). Changed by issue 11 (item 3): she is short on 6 of
  // its 10 core skills, each by a level, so "ready" would be a promise the role would not keep: not yet, and the
  // advice says why. The sideways move to Support Supervisor (same track, same level) fills 100% but moves her
  // nowhere: the progress term ranks it second.
  it('a team lead who wants to run the operation is sent to support operations manager, not sideways', () => {
    const a = advise('team-lead-climbing.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-operations-manager', type: 'promotion' });
    expect(a.ready).toBe(false);
    // 0.862 since the operations manager also asks for stakeholder communication, conflict resolution and
    // change management (she meets some, not all)
    expect(a.readiness).toBe(0.862);
    expect(a.blocked_by.map((b) => b.skill).sort()).toEqual([
      'budgeting', 'cross-functional-collaboration', 'metrics-literacy', 'planning', 'process-improvement', 'stakeholder-communication', 'strategic-thinking',
    ]);
    expect(a.reasons[1]).toContain('more than half of its core skills are short (7)');
    expect(a.alternatives[0]).toMatchObject({ id: 'support-supervisor', readiness: 1, ready: true });
    expect(a.reasons.at(-1)).toMatch(/Support Supervisor is a move at your current level, where Support Operations Manager is a step up/);
  });
});
