// When the questionnaire can stop asking: the advice (the recommended role and its ready verdict) is settled
// once no answer to the skills still unasked, anywhere in a plausible band around each one's prior
// (prior - 1 .. prior + 1, within the scale), could change it. Not every conceivable answer: a rule that
// waited for those would never stop.
//
// Exact without trying every combination, because of two properties of the scoring (src/core/readiness.ts):
// a role's readiness is an importance-weighted sum of per-skill credits (each skill adds its own share, so a
// skill's effect does not depend on the others' values), and readiness, the score and the ready verdict never
// fall when a rating rises. So for each rival of the leading role, the band value of each unasked skill that
// is worst for the leader can be picked skill by skill; if the leader still wins with all those picked, it
// wins everywhere in the band. The verdict is monotone: checking the band's low and high ends is enough.
// The prior is src/core/prior.ts's. The numbers themselves always come from the core's own scoring (rankCandidates, roleReadiness), so the
// rule follows any change to the formulas that keeps those two properties.
import { forkTracks, rankCandidates, type Candidate } from './candidates.js';
import { isValidAnswer, MIN_FLAT_ANSWERS, pullsBothWays, trackFit, type FitResult } from './fit.js';
import { own, type FrameworkIndex } from './index-framework.js';
import { priorLevel } from './prior.js';
import { roleReadiness, scoringRatings } from './readiness.js';
import type { Profile, Role } from './types.js';

/** The scale's lowest and highest levels. */
function scaleBounds(index: FrameworkIndex): [number, number] {
  const levels = index.framework.meta.scale.map((s) => s.level);
  return levels.length ? [Math.min(...levels), Math.max(...levels)] : [0, 5];
}

export interface SkillBand {
  skill: string;
  prior: number;
  low: number;
  high: number;
}

/** prior - 1 .. prior + 1, clamped to the scale. */
export function bandOf(index: FrameworkIndex, currentRole: Role, skillId: string): SkillBand {
  const [min, max] = scaleBounds(index);
  const prior = Math.min(max, Math.max(min, priorLevel(index, currentRole, skillId)));
  return { skill: skillId, prior, low: Math.max(min, prior - 1), high: Math.min(max, prior + 1) };
}

/** What the advice says: the recommended role (null at the top of a path) and whether the person is ready for it. */
export interface Verdict {
  role: string | null;
  ready: boolean;
}

export interface Settlement {
  settled: boolean;
  /** The advice with every remaining skill answered at its prior. */
  verdict: Verdict;
  /** Why it is not settled yet: a rival that could lead, or a ready verdict that could go either way. */
  open?: { rival: string } | { ready: true };
}

/** Float noise: never stop on it. */
const EPSILON = 1e-9;
/** The precision at which candidates' scores are compared (src/core/candidates.ts compareCandidates: round3). */
const SCORE_STEP = 0.001;

/**
 * Whether the advice is settled, given the answers so far (`profile`: current role, preferences, ratings) and
 * the skills not asked yet (`remaining`; skills the framework does not know are ignored). `openQuestions`:
 * preference questions that may still be asked; any answer to them, or none, counts as possible (their effect
 * on each track's fit is bounded, not enumerated, so with open questions the rule may ask more than it must,
 * never less).
 */
export function settle(index: FrameworkIndex, profile: Profile, remaining: readonly string[], openQuestions: readonly string[] = []): Settlement {
  const s = scratch(index, profile, remaining);
  const fitRange = openQuestions.length ? fitRanges(index, profile, openQuestions) : undefined;
  const ranked = s.rank();
  const leader = ranked[0];
  const subject = leader?.role ?? s.current;
  const verdict: Verdict = { role: leader?.role.id ?? null, ready: s.readiness(subject).ready };

  if (leader && ranked.length > 1) {
    // Each skill's effect on each role's readiness, at every value of its band (the others at their prior).
    const effects = s.effects(ranked.map((c) => c.role));
    for (let r = 1; r < ranked.length; r++) {
      const rival = ranked[r]!;
      // The band value of each skill that favours the rival most over the leader.
      s.bands.forEach((band, b) => {
        let best = band.prior;
        let bestDiff = -Infinity;
        for (let v = band.low; v <= band.high; v++) {
          const diff = effects[r]![b]![v - band.low]! - effects[0]![b]![v - band.low]!;
          if (diff > bestDiff) [best, bestDiff] = [v, diff];
        }
        s.dense[s.slots[b]!] = best;
      });
      // ...and, with questions open, the fit each track could end at that favours the rival most. A role's fit
      // reads its own track and, at the expert/management fork, the tracks it opens (candidates.ts): where the
      // two roles read the same tracks their fits move together; where they share some open-ended track but
      // not all, one worst case cannot be picked track by track, so the rival is not ruled out.
      let worstAt: FitResult | undefined;
      if (fitRange) {
        const rivalTracks = fitTracks(index, rival.role.id, rival.role.track);
        const leaderTracks = fitTracks(index, leader.role.id, leader.role.track);
        const same = rivalTracks.length === leaderTracks.length && rivalTracks.every((t) => leaderTracks.includes(t));
        if (!same) {
          if (rivalTracks.some((t) => leaderTracks.includes(t) && fitRange.has(t))) {
            s.reset();
            return { settled: false, verdict, open: { rival: rival.role.id } };
          }
          worstAt = worstFit(s.fit, fitRange, rivalTracks, leaderTracks);
        }
      }
      const worst = s.rank(worstAt);
      s.reset();
      const leaderThere = worst.find((c) => c.role.id === leader.role.id)!;
      const rivalThere = worst.find((c) => c.role.id === rival.role.id)!;
      if (worst[0]!.role.id !== leader.role.id) return { settled: false, verdict, open: { rival: worst[0]!.role.id } };
      // Candidates are compared on scores rounded to SCORE_STEP, ties broken by other rules: a lead of less than
      // one step at the rival's best could become a tie somewhere in the band. Only a full step is safe.
      if (leaderThere.score - rivalThere.score < SCORE_STEP - EPSILON) return { settled: false, verdict, open: { rival: rival.role.id } };
    }
  }

  // The verdict: the same at the band's low end and at its high end means the same everywhere between.
  s.setAll('low');
  const low = s.readiness(subject).ready;
  s.setAll('high');
  const high = s.readiness(subject).ready;
  s.reset();
  if (low !== verdict.ready || high !== verdict.ready) return { settled: false, verdict, open: { ready: true } };
  return { settled: true, verdict };
}

/** The profile with every remaining skill answered at its prior: the advice `settle` reports. */
export function atPrior(index: FrameworkIndex, profile: Profile, remaining: readonly string[]): Profile {
  const current = currentRoleOf(index, profile);
  const ratings = { ...profile.ratings };
  for (const skill of remaining) if (index.skills.has(skill)) ratings[skill] = bandOf(index, current, skill).prior;
  return { ...profile, ratings };
}

/**
 * The remaining skills, most decisive first: how far each one's band can move the readiness of the likely
 * moves, weighted by how likely each move is (the leader counts most; a core skill of the leader comes before
 * a supporting skill of the fifth candidate). A skill whose prior already meets every likely move's target
 * can only confirm what is assumed: it comes last. At the top of a path, the current role is the only subject.
 */
export function decisiveOrder(index: FrameworkIndex, profile: Profile, remaining: readonly string[]): string[] {
  const s = scratch(index, profile, remaining);
  const ranked = s.rank();
  const roles = ranked.length ? ranked.map((c) => c.role) : [s.current];
  const weights = roles.map((_, i) => (i === 0 ? 2 : 1 / (i + 1)));
  const effects = s.effects(roles);
  const scored = s.bands.map((band, b) => {
    let swing = 0;
    let upside = false;
    roles.forEach((_, r) => {
      const values = effects[r]![b]!;
      const at = (v: number) => values[v - band.low]!;
      swing += weights[r]! * (at(band.high) - at(band.low));
      if (at(band.high) > at(band.prior) + EPSILON) upside = true;
    });
    return { skill: band.skill, swing, upside };
  });
  scored.sort((a, b) => Number(b.upside) - Number(a.upside) || b.swing - a.swing || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0));
  return scored.map((x) => x.skill);
}

// ---------------------------------------------------------------------------------------------------------

function currentRoleOf(index: FrameworkIndex, profile: Profile): Role {
  const current = index.roles.get(profile.current_role);
  if (!current) throw new Error(`unknown role "${profile.current_role}"`);
  return current;
}

/** The ratings as a dense array with every remaining skill at its prior, and the scoring calls over it. */
function scratch(index: FrameworkIndex, profile: Profile, remaining: readonly string[]) {
  const current = currentRoleOf(index, profile);
  const fit: FitResult = trackFit(index, profile.preferences);
  // The ratings the scoring uses (a lead's rating in place of the person's), as a copy to try answers in.
  const dense = Array.from(scoringRatings(index, profile));
  const bands: SkillBand[] = [];
  const slots: number[] = [];
  for (const skill of new Set(remaining)) {
    const slot = index.skillSlot.get(skill);
    // Answered already, or rated by the lead (whose rating the scoring uses whatever the answer): not open.
    if (slot === undefined || own(profile.ratings, skill) !== undefined || !Number.isNaN(dense[slot]!)) continue;
    bands.push(bandOf(index, current, skill));
    slots.push(slot);
  }
  const reset = () => bands.forEach((band, b) => (dense[slots[b]!] = band.prior));
  reset();
  return {
    current,
    dense,
    bands,
    slots,
    reset,
    setAll(end: 'low' | 'high') {
      bands.forEach((band, b) => (dense[slots[b]!] = band[end]));
    },
    fit,
    rank(withFit: FitResult = fit): Candidate[] {
      return rankCandidates(index, profile, current, withFit, { gaps: false, ratings: dense });
    },
    readiness(role: Role) {
      return roleReadiness(index, profile, role, false, dense);
    },
    /** [role][band][value - low] -> readiness with that one skill at that value, the others at their prior. */
    effects(roles: readonly Role[]): number[][][] {
      const base = roles.map((role) => roleReadiness(index, profile, role, false, dense).readiness);
      const uses = roles.map((role) => new Set(index.rolePlans.get(role.id)?.slots ?? []));
      return roles.map((role, r) =>
        bands.map((band, b) => {
          const values: number[] = [];
          for (let v = band.low; v <= band.high; v++) {
            if (!uses[r]!.has(slots[b]!)) {
              values.push(base[r]!);
              continue;
            }
            dense[slots[b]!] = v;
            values.push(roleReadiness(index, profile, role, false, dense).readiness);
            dense[slots[b]!] = band.prior;
          }
          return values;
        }),
      );
    },
  };
}

/** track id -> [lowest, highest] fit the open questions allow (answered any way, or left unanswered). */
type FitRanges = Map<string, [number, number]>;

function worstFit(fit: FitResult, ranges: FitRanges, rivalTracks: readonly string[], leaderTracks: readonly string[]): FitResult {
  const out = { ...fit.fit };
  for (const t of rivalTracks) {
    const range = ranges.get(t);
    if (range) out[t] = range[1];
  }
  for (const t of leaderTracks) {
    const range = ranges.get(t);
    if (range) out[t] = range[0];
  }
  return { ...fit, fit: out };
}

/** The tracks a role's fit reads: its own, and at the expert/management fork the tracks it opens. */
function fitTracks(index: FrameworkIndex, roleId: string, track: string): string[] {
  return [track, ...(forkTracks(index).get(roleId) ?? []).filter((t) => t !== track)];
}

/**
 * Bounds on each track's fit once the open questions are answered. A track's fit is (S + M) / 2M over the
 * answered questions' pulls S and their largest possible pulls M (src/core/fit.ts); each open question adds
 * at most its largest pull m to M and between -m and +m to S, so the extremes are all of them pulling one
 * way. Answers that would make the agree answers flat make fit.ts leave them all out, so where the open agree
 * questions could still do that, every track's range takes in the fit of the choices alone as well, tracks no
 * open question pulls on included; a profile flat already could become anything.
 */
function fitRanges(index: FrameworkIndex, profile: Profile, open: readonly string[]): FitRanges {
  const current = trackFit(index, profile.preferences);
  const prefs = profile.preferences ?? {};
  const choiceOnly = trackFit(
    index,
    Object.fromEntries(Object.entries(prefs).filter(([id]) => index.questions.get(id)?.type !== 'agree')),
  );
  const openSet = new Set(open.filter((id) => index.questions.has(id) && !Object.hasOwn(prefs, id)));
  const couldGoFlat = mayBecomeFlat(index, prefs, openSet);
  const ranges: FitRanges = new Map();
  for (const track of index.trackIds) {
    let answeredMax = 0;
    let openMax = 0;
    for (const q of index.questionPlans) {
      const k = q.tracks.indexOf(index.trackIds.indexOf(track));
      if (k < 0) continue;
      const id = q.question.id;
      const answer = own(prefs, id);
      if (openSet.has(id)) openMax += q.max[k]!;
      else if (answer !== undefined && isValidAnswer(q.question, answer) && !(current.flat && q.question.type === 'agree')) answeredMax += q.max[k]!;
    }
    const now = current.fit[track]!;
    if (current.flat) {
      if (openMax > 0 || couldGoFlat) ranges.set(track, [0, 1]);
      continue;
    }
    if (openMax === 0 && !couldGoFlat) continue;
    const sum = (2 * now - 1) * answeredMax;
    const total = answeredMax + openMax;
    // Going flat leaves the choices alone: that fit is one more end of the range.
    const neutral = couldGoFlat ? choiceOnly.fit[track]! : now;
    const lo = Math.min(now, neutral, total > 0 ? (1 + (sum - openMax) / total) / 2 : now);
    const hi = Math.max(now, neutral, total > 0 ? (1 + (sum + openMax) / total) / 2 : now);
    ranges.set(track, [Math.max(0, lo - EPSILON), Math.min(1, hi + EPSILON)]);
  }
  return ranges;
}

/** Whether answering the open agree questions could leave every agree answer the same (fit.ts: flat). */
function mayBecomeFlat(index: FrameworkIndex, prefs: Readonly<Record<string, number | string>>, open: ReadonlySet<string>): boolean {
  let openAgree = 0;
  for (const id of open) if (index.questions.get(id)?.type === 'agree') openAgree++;
  if (openAgree === 0) return false;
  let answered = 0;
  let first: unknown;
  for (const id of index.questionIds) {
    const q = index.questions.get(id)!;
    const answer = own(prefs, id);
    if (q.type !== 'agree' || answer === undefined || !isValidAnswer(q, answer)) continue;
    if (answered++ === 0) first = answer;
    else if (answer !== first) return false;
  }
  if (answered + openAgree < MIN_FLAT_ANSWERS) return false;
  return pullsBothWays(index.questionPlans, (i) => {
    const id = index.questionPlans[i]!.question.id;
    return open.has(id) || own(prefs, id) !== undefined;
  });
}
