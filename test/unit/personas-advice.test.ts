// The advice a support leader would give, written down BEFORE the scoring model of issue 11 was changed, for
// personas written from the seed articles (/work/shared/seeds: the SSPA career-path article, the support
// career-ladder guide, "support is a career", the soft-skills article and the five support job descriptions).
//
// Each expectation is a judgement, not a copy of what the code printed: the next role, the runner-up where it
// matters, ready or not, which skills block readiness (`blocked_by`), and the first gaps. The advice contract
// these tests speak (the lead's issue-11 model):
//   - unrated skills are scored at a PRIOR: the level the person's current role requires of the skill, else 1;
//   - ready <=> readiness >= 0.7 AND blocked_by is empty; a core skill (importance >= 4) two or more levels short
//     (rated, or unrated and assumed at the prior) blocks;
//   - `gaps` holds RATED skills only, by importance x shortfall; when no move is ready, the current role's unmet
//     core skills come first; `unrated` lists what the recommended role needs that was not rated;
//   - ties break toward the promotion on the person's own track, then by fit;
//   - manager ratings: where the lead rated a skill, the advice uses the lead's rating (main bb48c66); for the
//     overrater below that equals the brief's "lower of the two where 2+ apart"; for the underrater it does not.
// Near-boundary variants clone a loaded profile and change one answer or one rating by one, and say what must
// and must not change. Arithmetic in the comments (readiness, priority) is the contract applied by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { recommend } from '../../src/core/recommend.js';
import type { Profile } from '../../src/core/types.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { readProfileFile } from '../../src/io/profile.js';
import { DATA, ROOT } from '../helpers/fixtures.js';

const loaded = loadFramework(DATA);
const index = indexFramework(loaded.framework!);
const PERSONAS = join(ROOT, 'test', 'fixtures', 'personas');
const THRESHOLD = 0.7;

/** The advice as the issue-11 contract shapes it (today's Advice type lacks some of these keys). */
interface Blocker {
  skill: string;
  name: string;
  current: number | null;
  target: number;
  reason: string;
  rule: 'core-gap' | 'core-short';
}
interface Candidate {
  id: string;
  type: string;
  readiness: number;
  fit: number;
  ready: boolean;
  blocked_by: Blocker[];
}
interface GapOut {
  skill: string;
  current: number | null;
  target: number;
  importance: number;
  develop: { kind: string; action: string }[];
}
interface Unrated {
  skill: string;
  name: string;
  target: number;
  importance: number;
  assumed: number;
}
interface ContractAdvice {
  next_role: { id: string; type: string } | null;
  readiness: number;
  fit: number;
  ready: boolean;
  blocked_by: Blocker[];
  alternatives: Candidate[];
  gaps: GapOut[];
  unrated: Unrated[];
  warnings: string[];
  top_of_path: boolean;
}

function load(file: string): Profile {
  const result = readProfileFile(join(PERSONAS, file), index);
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => p.message).join('; ')}`);
  expect(result.warnings).toEqual([]);
  return result.profile;
}

const adviceFor = (profile: Profile) => recommend(index, profile) as unknown as ContractAdvice;
const advise = (file: string) => adviceFor(load(file));

/** A copy of the profile with some changes: the near-boundary variants. */
function variant(profile: Profile, change: (p: Profile) => void): Profile {
  const copy = structuredClone(profile);
  change(copy);
  return copy;
}
const rate = (skill: string, level: number) => (p: Profile) => {
  p.ratings = { ...(p.ratings ?? {}), [skill]: level };
};
const answer = (question: string, value: number | string) => (p: Profile) => {
  p.preferences = { ...(p.preferences ?? {}), [question]: value };
};

const blockers = (c: { blocked_by?: Blocker[] }) => (c.blocked_by ?? [{ skill: '<blocked_by missing>' } as Blocker]).map((b) => b.skill).sort();
const blocker = (c: { blocked_by?: Blocker[] }, skill: string) => (c.blocked_by ?? []).find((b) => b.skill === skill);
const gapIds = (a: ContractAdvice, n: number) => a.gaps.slice(0, n).map((g) => g.skill);
const alt = (a: ContractAdvice, id: string) => {
  const found = a.alternatives.find((x) => x.id === id);
  if (!found) throw new Error(`${id} is not among the alternatives: ${a.alternatives.map((x) => x.id).join(', ')}`);
  return found;
};
const runnerUp = (a: ContractAdvice) => a.alternatives[0]?.id;
const actions = (a: ContractAdvice) => a.gaps.flatMap((g) => g.develop.map((d) => d.action));
const sorted = (ids: string[]) => [...ids].sort();

/** The personas this file adds (the 14 before it are pinned in personas.test.ts). */
const NEW = [
  'blank-technician.yaml', 'technician-few-ratings.yaml', 'technician-ready-for-representative.yaml',
  'representative-ready-for-specialist.yaml', 'virtual-agent-going-technical.yaml', 'specialist-rated-two-skills.yaml',
  'specialist-underrates-self.yaml', 'senior-analyst-quality-coach.yaml', 'kcs-champion-analyst.yaml',
  'expert-skills-wants-to-lead.yaml', 'team-lead-misses-the-product.yaml', 'team-lead-born-trainer.yaml',
  'team-lead-overrates-self.yaml', 'supervisor-ready-for-operations.yaml', 'operations-manager-to-director.yaml',
  'operations-manager-back-to-expert.yaml', 'director-to-vp.yaml', 'vp-eyeing-cco.yaml', 'new-cco-from-sales.yaml',
  'senior-expert-to-principal.yaml', 'principal-expert-into-management.yaml', 'trainer-to-enablement-manager.yaml',
  'operations-analyst-wants-to-run-ops.yaml', 'customer-success-to-team-lead.yaml',
];

describe('the framework and every persona file load cleanly', () => {
  it('has no errors', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('the rules hold for every persona (old and new)', () => {
  const files = [
    'agrees-with-everything.yaml', 'chief-customer-officer.yaml', 'course-writing-specialist.yaml', 'data-process-analyst.yaml',
    'deep-product-specialist.yaml', 'mentoring-senior-analyst.yaml', 'new-senior-analyst-not-ready.yaml', 'new-technician-communicator.yaml',
    'relationship-representative.yaml', 'remote-representative.yaml', 'self-rating-far-from-manager.yaml', 'storage-support-expert.yaml',
    'team-lead-climbing.yaml', 'writing-specialist.yaml', ...NEW,
  ];
  it.each(files)('%s: ready <=> readiness >= threshold and nothing blocks; gaps are rated skills only', (file) => {
    const a = advise(file);
    for (const c of [a, ...a.alternatives]) {
      expect(Array.isArray(c.blocked_by)).toBe(true);
      expect(c.ready).toBe(c.readiness >= THRESHOLD && c.blocked_by.length === 0);
    }
    for (const g of a.gaps) expect(typeof g.current).toBe('number');
    expect(Array.isArray(a.unrated)).toBe(true);
    // No action is suggested twice in one advice.
    expect(new Set(actions(a)).size).toBe(actions(a).length);
  });
});


describe('the front line: technician and representative', () => {
  // Mia, first week, nothing rated, nothing answered. A support leader: "your next step is representative, like
  // everyone on the desk; we don't know yet where you stand, so rate these". The ladder is the default (ties go
  // to the promotion on your own track, not to the remote lateral move). Unknown is not zero and not "met": at
  // the prior (what a technician is expected to have) the representative role is about half filled, and four
  // of its core skills sit two levels below its target of 3 (empathy 1, expectations 1, de-escalation 1,
  // questioning 1), so it is not ready, and the reasons say they were never rated.
  it('a technician who rated nothing is pointed up the ladder, not ready, with what to rate', () => {
    const a = advise('blank-technician.yaml');
    expect(a.next_role).toMatchObject({ id: 'customer-support-representative', type: 'promotion' });
    expect(a.ready).toBe(false);
    expect(a.readiness).toBeGreaterThan(0.4); // the prior, not zero
    expect(a.readiness).toBeLessThan(THRESHOLD);
    expect(blockers(a)).toEqual(sorted(['empathy', 'customer-expectation-management', 'de-escalation', 'questioning']));
    // not rated: current is null, and the reason says what was assumed (1, the cautious default)
    expect(blocker(a, 'empathy')).toMatchObject({ current: null, target: 3, reason: expect.stringContaining('not rated (assumed 1') });
    expect(blocker(a, 'customer-expectation-management')).toMatchObject({ current: null, target: 3 });
    for (const b of a.blocked_by) expect(b.reason.length).toBeGreaterThan(0);
    expect(a.gaps).toEqual([]); // nothing was rated: no gap is known
    const unrated = new Map(a.unrated.map((u) => [u.skill, u]));
    expect(unrated.get('customer-expectation-management')).toMatchObject({ target: 3, importance: 5, assumed: 1 });
    expect(unrated.get('product-knowledge')).toMatchObject({ target: 3, assumed: 2 }); // a technician is expected at 2
    expect(runnerUp(a)).toBe('virtual-support-agent');
    expect(alt(a, 'virtual-support-agent').ready).toBe(false);
  });

  // Ben rated four skills he is sure of, all at or above the representative's targets. The SSPA's entry level:
  // "attentively listening ... open- and closed-ended questions ... sense a caller's frustration level". Those are
  // what he did not rate, and what a representative is judged on: still blocked at the prior. Empathy, rated 4,
  // must not block. No rated skill is short, so there are no gaps, only "rate these".
  it('a technician who rated only four skills: representative, blocked only by what he left unrated', () => {
    const profile = load('technician-few-ratings.yaml');
    const a = adviceFor(profile);
    expect(a.next_role?.id).toBe('customer-support-representative');
    expect(a.ready).toBe(false);
    expect(blockers(a)).toEqual(sorted(['customer-expectation-management', 'de-escalation', 'questioning']));
    expect(blocker(a, 'empathy')).toBeUndefined();
    expect(a.gaps).toEqual([]);
    expect(a.unrated.map((u) => u.skill)).toEqual(expect.arrayContaining(['customer-expectation-management', 'de-escalation', 'questioning']));
    expect(a.unrated.map((u) => u.skill)).not.toContain('empathy');

    // Variant: rating a skill at exactly the level the prior assumed changes nothing.
    const atPrior = adviceFor(variant(profile, rate('customer-expectation-management', 1)));
    expect(atPrior.next_role?.id).toBe(a.next_role?.id);
    expect(atPrior.ready).toBe(a.ready);
    expect(atPrior.readiness).toBeCloseTo(a.readiness, 3);
    expect(blockers(atPrior)).toEqual(blockers(a));

    // Variant: de-escalation rated 3 (the target) leaves the blockers; the other two still hold him back.
    const calmer = adviceFor(variant(profile, rate('de-escalation', 3)));
    expect(calmer.next_role?.id).toBe('customer-support-representative');
    expect(blockers(calmer)).toEqual(sorted(['customer-expectation-management', 'questioning']));
    expect(calmer.ready).toBe(false);
  });

  // Priya: fourteen months, every representative skill at 3, positivity 4, multichannel 2 (she is on the phones
  // only). Ready for representative; multichannel is her one gap. The remote move is not ready: remote support
  // tools 1 against a core 3.
  it('a solid technician is ready for representative; the remote move stays blocked whatever she answers', () => {
    const profile = load('technician-ready-for-representative.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'customer-support-representative', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(a.blocked_by).toEqual([]);
    expect(gapIds(a, 1)).toEqual(['multichannel-support']);
    expect(runnerUp(a)).toBe('virtual-support-agent');
    expect(blockers(alt(a, 'virtual-support-agent'))).toEqual(['remote-support-tools']);

    // Variant: she now says she would love to work remotely (2 -> 5). The remote role fits her better, but a
    // preference cannot unblock a skill: the advice stays representative, the remote move stays blocked.
    const remote = adviceFor(variant(profile, answer('remote-and-autonomous', 5)));
    expect(remote.next_role?.id).toBe('customer-support-representative');
    expect(alt(remote, 'virtual-support-agent').fit).toBeGreaterThan(alt(a, 'virtual-support-agent').fit);
    expect(blockers(alt(remote, 'virtual-support-agent'))).toEqual(['remote-support-tools']);
  });

  // Hannah, representative who keeps the technical tickets: the ladder guide's specialist, "a thorough technical
  // knowledge and a track record of resolving complex customer issues". Troubleshooting is 2 against 3, one
  // level short: a gap, not a blocker. She strongly disagreed with remote, solo work, so the runner-up must not
  // be the remote role (issue 11, item 7).
  it('a technical representative is ready for specialist; one level less troubleshooting blocks it', () => {
    const profile = load('representative-ready-for-specialist.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'technical-support-specialist', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 2)).toEqual(['troubleshooting', 'remote-support-tools']);
    expect(runnerUp(a)).not.toBe('virtual-support-agent');

    // Variant: troubleshooting 1 (two below the core target 3) blocks; the direction does not change.
    const weaker = adviceFor(variant(profile, rate('troubleshooting', 1)));
    expect(weaker.next_role?.id).toBe('technical-support-specialist');
    expect(weaker.ready).toBe(false);
    expect(blockers(weaker)).toEqual(['troubleshooting']);
    expect(blocker(weaker, 'troubleshooting')).toMatchObject({ current: 1, target: 3 });
    expect(gapIds(weaker, 1)).toEqual(['troubleshooting']);
  });

  // Luca, virtual agent who takes the technical chats: the promotion to specialist, which he can do remotely.
  // Networking fundamentals (2 of 3) is the one gap.
  it('a virtual agent with technical appetite goes to technical support specialist', () => {
    const a = advise('virtual-agent-going-technical.yaml');
    expect(a.next_role).toMatchObject({ id: 'technical-support-specialist', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 1)).toEqual(['networking-fundamentals']);
    expect(runnerUp(a)).toBe('customer-support-representative');
  });
});

describe('specialists: few ratings, and a lead who sees more than the person does', () => {
  // Omar rated troubleshooting and product knowledge (4 each) and nothing else. The first example:
  // Technical Writer must not be "100% ready" when technical writing was never rated: at the prior (1, a
  // specialist is not expected to write technically) it is three below its core target 4, so it blocks. Senior
  // analyst is the promotion on his own track and his answers lean expert: next, but not ready, because the
  // analyst's core data analysis, knowledge base authoring and mentoring are unrated and a specialist is not
  // expected to have them (prior 1 against 3).
  it('a specialist who rated two skills gets senior analyst, not ready, and writing is not made to look ready', () => {
    const profile = load('specialist-rated-two-skills.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'senior-support-analyst', type: 'promotion' });
    expect(a.ready).toBe(false);
    expect(blockers(a)).toEqual(sorted(['data-analysis', 'knowledge-base-authoring', 'mentoring']));
    expect(a.gaps).toEqual([]); // both rated skills meet the analyst's targets
    expect(a.unrated.find((u) => u.skill === 'data-analysis')).toMatchObject({ assumed: 1, target: 3 });
    const writer = alt(a, 'technical-writer');
    expect(writer.ready).toBe(false);
    expect(writer.readiness).toBeLessThan(THRESHOLD);
    expect(blocker(writer, 'technical-writing')).toMatchObject({ current: null, target: 4, reason: expect.stringContaining('assumed 1') });

    // Variant: "I enjoy writing things up" 3 -> 5. One answer must not flip the advice to a role whose core skill
    // is unknown; the writer move stays blocked by technical writing.
    const keener = adviceFor(variant(profile, answer('write-it-down', 5)));
    expect(keener.next_role?.id).toBe('senior-support-analyst');
    expect(blockers(alt(keener, 'technical-writer'))).toContain('technical-writing');
    expect(alt(keener, 'technical-writer').ready).toBe(false);

    // Variant: data analysis rated 1, which is what the prior assumed: nothing changes.
    const atPrior = adviceFor(variant(profile, rate('data-analysis', 1)));
    expect(atPrior.next_role?.id).toBe(a.next_role?.id);
    expect(atPrior.readiness).toBeCloseTo(a.readiness, 3);
    expect(blockers(atPrior)).toEqual(blockers(a));
  });

  // Aiko rates herself 2 on troubleshooting and product knowledge; her lead, who reviews her cases monthly, rates
  // 5 and 4 (and 4 on root cause, data analysis, knowledge base and mentoring). A support leader trusts the
  // observed rating over a modest self-rating (design notes: self ratings run lenient, the least skilled
  // overrate most; a high performer is more likely to underrate): by her lead's view she is ready for senior
  // analyst, with process improvement (2 of 3, which her lead did not rate) her one gap. The advice must show
  // both views. NOTE: this follows main's effectiveRatings (bb48c66: the lead's rating where given) and the
  // issue's complaint ("a high performer who rates themselves low ... is steered away from the rung they are
  // ready for"); the brief's "lower of the two where 2+ apart" would call her not ready.
  it('a specialist who underrates herself is ready for senior analyst by her lead\'s view, and both views show', () => {
    const profile = load('specialist-underrates-self.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'senior-support-analyst', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(a.blocked_by).toEqual([]);
    expect(gapIds(a, 1)).toEqual(['process-improvement']);
    expect(a.warnings.join(' ')).toMatch(/manager|lead/i);
    expect(a.warnings.join(' ')).toMatch(/Troubleshooting/);

    // Variant: without the lead's ratings her own view decides: not ready, product knowledge and troubleshooting
    // (2 of 4) block, and, nothing being ready, her current role's unmet core skills (the same two, 2 of 3) come
    // first in the gaps. The direction does not change, and there is no calibration warning.
    const selfOnly = adviceFor(variant(profile, (p) => delete p.manager_ratings));
    expect(selfOnly.next_role?.id).toBe('senior-support-analyst');
    expect(selfOnly.ready).toBe(false);
    expect(blockers(selfOnly)).toEqual(sorted(['product-knowledge', 'troubleshooting']));
    expect(blocker(selfOnly, 'troubleshooting')).toMatchObject({ current: 2, target: 4 });
    expect(gapIds(selfOnly, 2)).toEqual(['product-knowledge', 'troubleshooting']);
    expect(selfOnly.warnings.join(' ')).not.toMatch(/manager/i);
  });
});

describe('the fork: senior analysts', () => {
  // Fatima runs the quality reviews, coaches every agent on scored calls and builds the SLA report. The SSPA's
  // supervisor: "developing, monitoring and improving the performance of team members and the related metrics".
  // Supervisor and team lead are both management at level 5; her performance monitoring (4, the supervisor's
  // first core skill) fits the supervisor, while the team lead is a hands-on product player-coach and she is not
  // the deepest troubleshooter (3 of 4). Both are ready; the supervisor first, the team lead runner-up.
  it('a quality-and-metrics senior analyst goes to supervisor, team lead runner-up', () => {
    const a = advise('senior-analyst-quality-coach.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-supervisor', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(runnerUp(a)).toBe('support-team-lead');
    expect(gapIds(a, 2)).toEqual(['conflict-resolution', 'stakeholder-communication']);
  });

  // Ingrid brought KCS to her team: article template, coaching colleagues, reuse reports. "Support is a career"
  // names knowledge management as a destination. Knowledge manager, ready; its sibling, technical writer, runner-up.
  // Gaps: coaching 2 of 3 (importance 4, priority 4), technical writing 3 of 4 (importance 4, priority 4; coaching
  // first by id), change management 2 of 3 (importance 3).
  it('a KCS champion goes to knowledge manager, technical writer runner-up', () => {
    const profile = load('kcs-champion-analyst.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'knowledge-manager', type: 'promotion' }); // level 4 -> 5: a move's type follows the levels
    expect(a.ready).toBe(true);
    expect(runnerUp(a)).toBe('technical-writer');
    expect(gapIds(a, 3)).toEqual(['coaching', 'technical-writing', 'change-management']);

    // Variant: knowledge base authoring 5 -> 4: one level short of the core target 5 is a gap (priority 5, now
    // first). The move does not change; the verdict does, by the one "ready" rule (issue 11, item 3): it is then
    // the third of knowledge manager's five core skills a level short, and more than half the core short is not
    // ready, however high the figure (91%). The lead reviewing this persona changed "still ready" to that.
    const less = adviceFor(variant(profile, rate('knowledge-base-authoring', 4)));
    expect(less.next_role?.id).toBe('knowledge-manager');
    expect(less.ready).toBe(false);
    expect(less.blocked_by.map((b) => b.rule)).toEqual(['core-short', 'core-short', 'core-short']);
    expect(gapIds(less, 1)).toEqual(['knowledge-base-authoring']);
  });

  // Victor: the best troubleshooter on the floor, who says he wants to lead. His skills point to the expert path,
  // his answers lean (agree, not strongly) to management. A leader: "you are ready to be the support expert now;
  // team lead is what you say you want, and coaching, leadership and performance monitoring are two levels short
  // of it". The SSPA warns that skills "may not transfer if the individual does not clearly understand the
  // differences in these career paths".
  it('skills say expert, answers say manage: support expert now, and team lead shows exactly what blocks it', () => {
    const profile = load('expert-skills-wants-to-lead.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'support-expert', type: 'promotion' });
    expect(a.ready).toBe(true);
    const lead = alt(a, 'support-team-lead');
    expect(lead.ready).toBe(false);
    expect(blockers(lead)).toEqual(sorted(['coaching', 'leadership', 'performance-monitoring']));
    expect(blocker(lead, 'coaching')).toMatchObject({ current: 1, target: 3 });
    expect(blockers(alt(a, 'support-supervisor'))).toEqual(sorted(['coaching', 'leadership', 'performance-monitoring']));

    // Variant: he now strongly agrees he wants success through others (4 -> 5). Team lead fits him better, but no
    // answer closes a skill gap: its blockers are the same and it is still not ready.
    const keener = adviceFor(variant(profile, answer('success-through-others', 5)));
    expect(alt(keener, 'support-team-lead').fit).toBeGreaterThan(lead.fit);
    expect(alt(keener, 'support-team-lead').ready).toBe(false);
    expect(blockers(alt(keener, 'support-team-lead'))).toEqual(blockers(lead));
  });
});

describe('team leads and supervisors, including those who want out of management', () => {
  // Daniel leads a team but spends his evenings on the cases he no longer owns, and wants out. The SSPA: "one
  // person may find management more rewarding, while another might find the expert-level role more rewarding".
  // The move back to the expert path (Support Team Lead -> Support Expert, added with issue 11 item 12) is ready:
  // his troubleshooting and product knowledge are 5. Not operations manager, the deeper management role.
  it('a team lead who misses the product goes back to the expert path', () => {
    const a = advise('team-lead-misses-the-product.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-expert', type: 'lateral' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 1)).toEqual(['data-analysis']);
    expect(runnerUp(a)).not.toBe('support-operations-manager');
  });

  // Chloe's team has the best onboarding on the floor; the budgets and hiring panels wear her out. The job
  // descriptions' trainer "devis[es] initial training programs ... regular coaching sessions". Team lead -> trainer
  // (added with item 12). Her one gap is metrics (2 of 3): "Follow the data".
  it('a team lead who is a born trainer goes to support trainer', () => {
    const a = advise('team-lead-born-trainer.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-trainer', type: 'lateral' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 1)).toEqual(['metrics-literacy']);
    expect(blockers(alt(a, 'support-operations-manager'))).toEqual(sorted(['budgeting', 'metrics-literacy']));
  });

  // Ryan rates himself 5 on every management skill; his director rates 2 or 3. The director's ratings are used
  // (every one is 2+ below his own, so "the lead's where given" and "the lower where 2+ apart" agree): operations manager (still the right direction for him) is not ready, blocked by planning,
  // process improvement, metrics and organising (2 of 4) and budgeting (1 of 3). Gaps: metrics, planning and
  // process improvement (importance 5, two short: priority 10 each, by id).
  it('a team lead who rates himself far above his director is not ready for operations manager', () => {
    const profile = load('team-lead-overrates-self.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'support-operations-manager', type: 'promotion' });
    expect(a.ready).toBe(false);
    expect(blockers(a)).toEqual(sorted(['planning', 'process-improvement', 'metrics-literacy', 'organising', 'budgeting']));
    expect(blocker(a, 'budgeting')).toMatchObject({ current: 1, target: 3 });
    expect(gapIds(a, 3)).toEqual(['metrics-literacy', 'planning', 'process-improvement']);
    expect(a.gaps[0]).toMatchObject({ current: 2, target: 4 });
    expect(a.warnings.join(' ')).toMatch(/manager/i);

    // Variant: without the director's ratings, his own view makes him ready; the direction is the same.
    const selfOnly = adviceFor(variant(profile, (p) => delete p.manager_ratings));
    expect(selfOnly.next_role?.id).toBe('support-operations-manager');
    expect(selfOnly.ready).toBe(true);
    expect(selfOnly.blocked_by).toEqual([]);
  });

  // Nadia, night-desk supervisor who built its staffing model: operations manager, ready. Gaps: budgeting 2 of 3
  // and cross-functional collaboration 3 of 4 (importance 4, priority 4 each; by id).
  it('a supervisor is ready for operations manager; one level less budgeting blocks it', () => {
    const profile = load('supervisor-ready-for-operations.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'support-operations-manager', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 2)).toEqual(['budgeting', 'cross-functional-collaboration']);
    expect(runnerUp(a)).toBe('support-team-lead');

    // Variant: budgeting 1 (two below the core target 3): not ready, budgeting is the reason, the goal stands.
    const noBudget = adviceFor(variant(profile, rate('budgeting', 1)));
    expect(noBudget.next_role?.id).toBe('support-operations-manager');
    expect(noBudget.ready).toBe(false);
    expect(blockers(noBudget)).toEqual(['budgeting']);
    expect(gapIds(noBudget, 1)).toEqual(['budgeting']);
  });

  // Zoe, customer success manager who coaches the reps on her accounts' escalations and wants to lead a support
  // team: the existing lateral back, ready. Gaps: performance monitoring (2 of 3, importance 4), then delegating
  // and process improvement (2 of 3, importance 3; by id).
  it('a customer success manager comes back to lead a support team', () => {
    const a = advise('customer-success-to-team-lead.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-team-lead', type: 'promotion' }); // level 4 -> 5
    expect(a.ready).toBe(true);
    expect(gapIds(a, 3)).toEqual(['performance-monitoring', 'delegating', 'process-improvement']);
  });
});

describe('lateral tracks: training and operations', () => {
  // Laura built the onboarding academy and picks training topics from the data: enablement manager, ready; her
  // one gap is budgeting (2 of 3).
  it('a trainer goes to support enablement manager', () => {
    const a = advise('trainer-to-enablement-manager.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-enablement-manager', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 1)).toEqual(['budgeting']);
  });

  // Kwame measures the operation and wants to run it, two rungs up. Operations manager is the direction, but
  // leadership (2 of 4), staffing and budgeting (1 of 3) block it; and his own role's core skill, support tooling
  // administration (2 of 4), is not met. Nothing is ready: "grow where you are" first (issue 11 item 4).
  it('an operations analyst who wants to run the operation is told to grow where he is first', () => {
    const a = advise('operations-analyst-wants-to-run-ops.yaml');
    expect(a.next_role).toMatchObject({ id: 'support-operations-manager', type: 'promotion' });
    expect(a.ready).toBe(false);
    expect(blockers(a)).toEqual(sorted(['leadership', 'staffing', 'budgeting']));
    expect(gapIds(a, 2)).toEqual(['support-tooling-administration', 'leadership']);
  });
});

describe('management and executives', () => {
  // Samuel merged two desks, moved the department to a new platform and presents to finance and product every
  // quarter: director, ready. Gaps: leadership 4 of 5 and executive and stakeholder communication 3 of 4
  // (importance 5 each; by id), commercial awareness 3 of 4.
  it('an operations manager goes on to director', () => {
    const profile = load('operations-manager-to-director.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'customer-support-director', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 3)).toEqual(['leadership', 'stakeholder-communication', 'commercial-awareness']);

    // Variant: stakeholder communication 2 (two below the director's core target 4) blocks; the goal stands.
    const quieter = adviceFor(variant(profile, rate('stakeholder-communication', 2)));
    expect(quieter.next_role?.id).toBe('customer-support-director');
    expect(quieter.ready).toBe(false);
    expect(blockers(quieter)).toEqual(['stakeholder-communication']);
  });

  // Thomas, operations manager and former senior expert, tired of budgets and rotas. Back to the expert path at
  // his level (Support Operations Manager -> Senior Support Expert, added with item 12), ready. The director
  // promotion is ready too but is the runner-up: he said he wants out of management.
  it('an operations manager who wants out of management goes back to senior support expert', () => {
    const a = advise('operations-manager-back-to-expert.yaml');
    expect(a.next_role).toMatchObject({ id: 'senior-support-expert', type: 'lateral' });
    expect(a.ready).toBe(true);
    expect(runnerUp(a)).toBe('customer-support-director');
    expect(gapIds(a, 2)).toEqual(['product-knowledge', 'de-escalation']);
  });

  // Elena, director, wrote the strategy the executive team adopted: VP, ready. Gaps: budgeting and executive
  // communication (4 of 5, importance 5), commercial awareness (4 of 5, importance 4). Executive actions only.
  it('a director goes on to VP of customer support, with executive actions', () => {
    const a = advise('director-to-vp.yaml');
    expect(a.next_role).toMatchObject({ id: 'vp-customer-support', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 3)).toEqual(['budgeting', 'stakeholder-communication', 'commercial-awareness']);
    expect(alt(a, 'principal-support-expert').ready).toBe(false);
    expect(actions(a).join('\n')).not.toMatch(/HDI-CSR|HDI Customer Service Representative/);
  });

  // Margaret, VP, wants the CCO seat; the commercial side has always sat with sales (3 of 5, importance 5): that
  // blocks. Gaps: commercial awareness first (priority 10), then cross-functional collaboration and executive
  // communication (4 of 5). An executive's actions: no front-line certification.
  it('a VP is not yet ready for chief customer officer: commercial awareness blocks', () => {
    const profile = load('vp-eyeing-cco.yaml');
    const a = adviceFor(profile);
    expect(a.next_role).toMatchObject({ id: 'chief-customer-officer', type: 'promotion' });
    expect(a.ready).toBe(false);
    expect(blockers(a)).toEqual(['commercial-awareness']);
    expect(blocker(a, 'commercial-awareness')).toMatchObject({ current: 3, target: 5 });
    expect(gapIds(a, 3)).toEqual(['commercial-awareness', 'cross-functional-collaboration', 'stakeholder-communication']);
    expect(actions(a).join('\n')).not.toMatch(/HDI-CSR|HDI Customer Service Representative|sit with an analyst/i);

    // Variant: commercial awareness 4 (one short): nothing is two levels out any more, but 6 of the CCO's 11 core
    // skills are a level short of "expert": by the one ready rule (issue 11, item 3) still not ready, and the
    // reason changes from the one far gap to "more than half of its core skills are short".
    const sharper = adviceFor(variant(profile, rate('commercial-awareness', 4)));
    expect(sharper.ready).toBe(false);
    expect(sharper.blocked_by.map((b) => b.rule).every((r) => r === 'core-short')).toBe(true);
    expect(sharper.blocked_by).toHaveLength(6);
    expect(sharper.next_role?.id).toBe('chief-customer-officer');
  });

  // Catherine, CCO for six months from sales leadership: the top of the path. What to deepen in the role she
  // holds: change management and metrics (3 of 5, importance 4, priority 8; by id), then process improvement
  // (2 of 4, importance 3). Executive actions, not a front-line certificate or sitting with an analyst on calls.
  it('a new chief customer officer is at the top of the path, with executive development', () => {
    const a = advise('new-cco-from-sales.yaml');
    expect(a.next_role).toBeNull();
    expect(a.top_of_path).toBe(true);
    expect(a.alternatives).toEqual([]);
    expect(gapIds(a, 3)).toEqual(['change-management', 'metrics-literacy', 'process-improvement']);
    expect(actions(a).join('\n')).not.toMatch(/HDI-CSR|HDI Customer Service Representative|sit with an analyst/i);
  });
});

describe('the expert path, to its top and from its top into management', () => {
  // Julia, the reference for the networking product: principal expert, ready. Gaps: data analysis and executive
  // communication (one short, importance 4; by id), then de-escalation (one short, importance 3). The move into
  // management (Senior Support Expert -> Support Operations Manager, added with item 12) is there but blocked.
  it('a senior support expert goes on to principal, not into management', () => {
    const a = advise('senior-expert-to-principal.yaml');
    expect(a.next_role).toMatchObject({ id: 'principal-support-expert', type: 'promotion' });
    expect(a.ready).toBe(true);
    expect(gapIds(a, 3)).toEqual(['data-analysis', 'stakeholder-communication', 'de-escalation']);
    const ops = alt(a, 'support-operations-manager');
    expect(ops.ready).toBe(false);
    expect(blockers(ops)).toEqual(sorted(['budgeting', 'performance-monitoring', 'planning', 'staffing']));
  });

  // Ruth, principal expert asked to run the support organisation: the top of the expert path is no longer a dead
  // end (Principal Support Expert -> Customer Support Director, added with item 12). Not ready: budgeting 2 of 4
  // and staffing 2 of 4, planning 3 of 5 block. Gaps: budgeting (priority 10), planning and staffing (8; by id).
  it('a principal expert who wants to lead is shown the director move and what blocks it', () => {
    const a = advise('principal-expert-into-management.yaml');
    expect(a.top_of_path).toBe(false);
    expect(a.next_role).toMatchObject({ id: 'customer-support-director', type: 'lateral' });
    expect(a.ready).toBe(false);
    expect(blockers(a)).toEqual(sorted(['budgeting', 'planning', 'staffing']));
    expect(gapIds(a, 3)).toEqual(['budgeting', 'planning', 'staffing']);
  });
});
