// The whole questionnaire with scripted answers against the real default framework: what is asked, what is
// saved, Ctrl-C and SIGHUP part-way, resuming, and never overwriting a file without being told to.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAssessment, terminalHangup, type AssessOptions } from '../../src/cli/assess-flow.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { planQuestionnaire, type QuestionnairePlan } from '../../src/core/questionnaire.js';
import type { Profile, Question } from '../../src/core/types.js';
import { RungsError } from '../../src/errors.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { readProfileFile } from '../../src/io/profile.js';
import { ScriptedPrompter, type AskedQuestion } from '../../src/prompts/adapter.js';

const loaded = loadFramework(new URL('../../data', import.meta.url).pathname);
const index = indexFramework(loaded.framework!);
const ROLE = 'support-technician';
const TODAY = '2025-03-14';
const plan = planQuestionnaire(index, ROLE, { quick: false });

// ---------------------------------------------------------------------------------------------------------
// A scripted person: ratings cycle through every answer, evidence for the 4s (the 5s skip it), and a
// preference answer per question.

const RATING_CYCLE: (number | null)[] = [2, 4, 3, null, 5, 1, 0];
const ratingOf = (i: number) => RATING_CYCLE[i % RATING_CYCLE.length]!;
const evidenceOf = (id: string, rating: number) => (rating === 4 ? `Handled a hard ${id} case last week` : '');
const preferenceOf = (q: Question, i: number): number | string => (q.type === 'agree' ? (i % 5) + 1 : q.options[i % q.options.length]!.id);

/** The full script for a plan, and what it should save. */
function person(p: QuestionnairePlan = plan) {
  const answers: unknown[] = [p.currentRole.id];
  const ratings: Record<string, number | null> = {};
  const evidence: Record<string, string> = {};
  const preferences: Record<string, number | string> = {};
  p.skills.forEach(({ skill }, i) => {
    const rating = ratingOf(i);
    answers.push(rating);
    ratings[skill.id] = rating;
    if (rating !== null && rating >= 4) {
      answers.push(evidenceOf(skill.id, rating));
      if (rating === 4) evidence[skill.id] = evidenceOf(skill.id, rating);
    }
  });
  p.questions.forEach((q, i) => {
    answers.push(preferenceOf(q, i));
    preferences[q.id] = preferenceOf(q, i);
  });
  return { answers, ratings, evidence, preferences };
}

/** What an asked question was about, from its progress label: the role, a skill's rating or evidence, a preference. */
function about(q: AskedQuestion, p: QuestionnairePlan = plan): { kind: 'role' | 'rating' | 'evidence' | 'preference'; id: string } {
  if (q.kind === 'search') return { kind: 'role', id: '' };
  const n = Number(/^\[(\d+)\//.exec(q.message)![1]);
  if (n <= p.skills.length) return { kind: q.kind === 'input' ? 'evidence' : 'rating', id: p.skills[n - 1]!.skill.id };
  return { kind: 'preference', id: p.questions[n - p.skills.length - 1]!.id };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rungs-assess-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(prompter: ScriptedPrompter, options: AssessOptions = {}) {
  const log: string[] = [];
  const result = runAssessment(prompter, index, { today: TODAY, log: (l) => log.push(l), ...options });
  return { result, log };
}

function reread(path: string): Profile {
  const result = readProfileFile(path, index);
  if (!result.ok) throw new Error(`not a valid profile: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

// ---------------------------------------------------------------------------------------------------------

describe('a full run', () => {
  it('asks the role, rates the planned skills with progress, asks evidence for 4 and 5, then the preferences, and saves a valid profile', async () => {
    const me = person();
    const prompter = new ScriptedPrompter(me.answers);
    const target = join(dir, 'me.yaml');
    const { result } = run(prompter, { save: target });
    const r = await result;

    expect(r.cancelled).toBe(false);
    expect(r.saved).toBe(target);
    expect(prompter.asked).toHaveLength(me.answers.length);

    // the order: role, then the ratings (with evidence after each 4 or 5), then the preferences
    const kinds = prompter.asked.map((q) => about(q).kind);
    expect(kinds[0]).toBe('role');
    expect(kinds.lastIndexOf('rating')).toBeLessThan(kinds.indexOf('preference'));
    expect(prompter.asked.filter((q) => about(q).kind === 'rating').map((q) => about(q).id)).toEqual(plan.skills.map((p) => p.skill.id));
    expect(prompter.asked.filter((q) => about(q).kind === 'evidence').map((q) => about(q).id)).toEqual(
      plan.skills.filter((_, i) => (ratingOf(i) ?? 0) >= 4).map((p) => p.skill.id),
    );

    // progress on every numbered question; each rating shows the anchor for every level and "Not sure"
    const first = prompter.asked[1]!;
    const skill = plan.skills[0]!.skill;
    expect(first.message).toBe(`[1/${plan.total}] ${plan.skills[0]!.category.name} · ${skill.name}\n  ${skill.question}`);
    for (const level of ['1', '2', '3', '4', '5']) expect(first.choices!.some((c) => c.name.includes(skill.anchors[level]!))).toBe(true);
    expect(first.choices!.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 0, null]);
    expect(first.choices!.at(-1)!.name).toMatch(/^Not sure/);
    expect(prompter.asked.at(-1)!.message).toMatch(new RegExp(`^\\[${plan.total}/${plan.total}\\] Preferences`));

    // one header per category, then one for the preferences
    expect(prompter.notes.map((n) => n.split(' (')[0])).toEqual([...plan.categories.map((c) => c.category.name), 'Preferences: what you find rewarding']);

    const saved = reread(target);
    expect(saved).toEqual({
      current_role: ROLE,
      assessed_on: TODAY,
      framework_version: index.framework.meta.version,
      ratings: me.ratings,
      evidence: me.evidence,
      preferences: me.preferences,
    });
    const text = readFileSync(target, 'utf8');
    // no schema reachable from a temp folder: no modeline (never an absolute path into the package; test/unit/modeline.test.ts)
    expect(text).not.toContain('yaml-language-server');
    expect(r.profile).toEqual(saved);
    expect(r.advice!.current_role.id).toBe(ROLE);
  });

  it('"Not sure" is saved as null (unknown), not as zero', async () => {
    const prompter = new ScriptedPrompter([ROLE, null, 0], { thenDefaults: true });
    const target = join(dir, 'me.yaml');
    await run(prompter, { save: target }).result;
    const saved = reread(target);
    expect(saved.ratings[plan.skills[0]!.skill.id]).toBeNull();
    expect(saved.ratings[plan.skills[1]!.skill.id]).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain(`${plan.skills[0]!.skill.id}: null`);
  });

  it('without --save nothing is written, and the advice is still given', async () => {
    const r = await run(new ScriptedPrompter(person().answers)).result;
    expect(r.saved).toBeUndefined();
    expect(r.advice!.next_role).not.toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--quick asks only the core skills', async () => {
    const quickPlan = planQuestionnaire(index, ROLE, { quick: true });
    const prompter = new ScriptedPrompter(person(quickPlan).answers);
    const r = await run(prompter, { quick: true }).result;
    const rated = prompter.asked.filter((q) => about(q, quickPlan).kind === 'rating').map((q) => about(q, quickPlan).id);
    expect(rated.length).toBeLessThan(plan.skills.length);
    expect(rated.length).toBeGreaterThan(0);
    const core = index.framework.meta.scoring.core_importance;
    const roles = [ROLE, ...(index.outgoing.get(ROLE) ?? []).map((e) => e.role)];
    for (const id of rated) {
      const importance = Math.max(...roles.flatMap((role) => index.requirements.get(role)!.filter((q) => q.skill === id).map((q) => q.importance)));
      expect(importance).toBeGreaterThanOrEqual(core);
    }
    expect(Object.keys(r.profile!.ratings).sort()).toEqual([...rated].sort());
    expect(prompter.asked.at(-1)!.message).toMatch(new RegExp(`^\\[${quickPlan.total}/${quickPlan.total}\\]`));
  });
});

describe('--resume', () => {
  async function savedProfile(path: string) {
    await run(new ScriptedPrompter(person().answers), { save: path }).result;
    return reread(path);
  }

  it('a complete profile is a retake: every earlier answer is the default, and the file is updated', async () => {
    const target = join(dir, 'me.yaml');
    const before = await savedProfile(target);
    // Keep every default, except raise the first rating to 5 (and give evidence for it).
    const first = plan.skills[0]!.skill.id;
    const answers = [(q: AskedQuestion) => q.default, 5, 'Wrote the guide'];
    const withChange = new ScriptedPrompter(answers, { thenDefaults: true });
    const { result, log } = run(withChange, { resume: target, today: '2025-04-01' });
    const r = await result;
    expect(log).toEqual([]); // not incomplete: no notice

    expect(withChange.asked[0]).toMatchObject({ kind: 'search', default: ROLE });
    for (const q of withChange.asked) {
      const what = about(q);
      if (what.kind === 'rating') expect(q.hasDefault && q.default).toBe(before.ratings[what.id]);
      if (what.kind === 'preference') expect(q.default).toBe(before.preferences![what.id]);
      if (what.kind === 'evidence' && what.id !== first) expect(q.default).toBe(before.evidence![what.id]);
    }
    // "not sure" earlier is "not sure" as the default (null), not "no default"
    const notSure = withChange.asked.find((q) => about(q).kind === 'rating' && before.ratings[about(q).id] === null)!;
    expect(notSure).toMatchObject({ hasDefault: true, default: null });

    expect(r.saved).toBe(target);
    const after = reread(target);
    expect(after).toEqual({
      ...before,
      assessed_on: '2025-04-01',
      ratings: { ...before.ratings, [first]: 5 },
      evidence: { ...before.evidence, [first]: 'Wrote the guide' },
    });
  });

  it('keeps the name, the manager ratings and ratings of skills not asked this time; drops evidence of a lowered rating', async () => {
    const target = join(dir, 'me.yaml');
    const before = await savedProfile(target);
    const four = plan.skills[1]!.skill.id; // rated 4, with evidence
    expect(before.evidence![four]).toBeTruthy();
    const edited = { ...before, name: 'Sam', manager_ratings: { [four]: 3 }, ratings: { ...before.ratings, 'budgeting': 1 } };
    writeFileSync(target, JSON.stringify(edited));
    const prompter = new ScriptedPrompter([ROLE, (q: AskedQuestion) => q.default, 3], { thenDefaults: true });
    await run(prompter, { resume: target }).result;
    const after = reread(target);
    expect(after.name).toBe('Sam');
    expect(after.manager_ratings).toEqual({ [four]: 3 });
    expect(after.ratings.budgeting).toBe(1);
    expect(after.ratings[four]).toBe(3);
    expect(after.evidence![four]).toBeUndefined();
  });

  it('evidence: the earlier line is the default, and "-" removes it', async () => {
    const target = join(dir, 'me.yaml');
    const before = await savedProfile(target);
    const four = plan.skills[1]!.skill.id; // rated 4, with evidence
    const prompter = new ScriptedPrompter([ROLE, (q: AskedQuestion) => q.default, (q: AskedQuestion) => q.default, '-'], { thenDefaults: true });
    await run(prompter, { resume: target }).result;
    expect(prompter.asked[3]).toMatchObject({ kind: 'input', default: before.evidence![four] });
    expect(prompter.asked[3]!.message).toMatch(/Enter keeps your earlier line, Tab edits it, - removes it/);
    expect(reread(target).evidence?.[four]).toBeUndefined();
  });

  it('a broken profile is one line with file:line:col (exit 1), before anything is asked', async () => {
    const target = join(dir, 'me.yaml');
    writeFileSync(target, `current_role: ${ROLE}\nratings:\n  troubleshootng: 3\n`);
    const prompter = new ScriptedPrompter([]);
    const error = await run(prompter, { resume: target }).result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RungsError);
    expect((error as RungsError).exitCode).toBe(1);
    expect((error as RungsError).message).toMatch(/me\.yaml:3:3: error: unknown skill "troubleshootng".*did you mean "troubleshooting"/);
    expect(prompter.asked).toEqual([]);
  });

  it('a missing file is a usage error (exit 2)', async () => {
    const error = await run(new ScriptedPrompter([]), { resume: join(dir, 'nope.yaml') }).result.catch((e: unknown) => e);
    expect((error as RungsError).exitCode).toBe(2);
  });
});

describe('Ctrl-C part-way', () => {
  const me = person();
  const firstEvidence = me.answers.findIndex((_, i) => i > 0 && typeof me.answers[i] === 'string');
  const firstPreference = 1 + plan.skills.length + Object.values(me.ratings).filter((r) => r !== null && r >= 4).length;
  let reference: string[] = [];
  beforeAll(async () => {
    const full = new ScriptedPrompter(me.answers);
    await runAssessment(full, index);
    reference = full.asked.map((q) => q.message);
  });
  const cases: [string, number][] = [
    ['the first rating', 1],
    ['an evidence line', firstEvidence],
    ['a rating in a later category', 1 + plan.categories[0]!.skills.length + 2],
    ['the first preference question', firstPreference],
    ['a later preference question', firstPreference + 2],
    ['the last question', me.answers.length - 1],
  ];

  it.each(cases)('at %s: writes exactly the answers given so far, marked incomplete; --resume continues from there', async (_, n) => {
    const target = join(dir, 'me.yaml');
    const prompter = new ScriptedPrompter(me.answers, { cancelAt: n });
    const r = await run(prompter, { save: target }).result;
    expect(r).toMatchObject({ cancelled: true, hangup: false, saved: target });
    expect(r.advice).toBeUndefined();
    expect(prompter.asked).toHaveLength(n + 1);

    // exactly what was answered before question n
    const given = prompter.asked.slice(0, n);
    const expected = { ratings: {} as Record<string, unknown>, evidence: {} as Record<string, unknown>, preferences: {} as Record<string, unknown> };
    given.forEach((q, i) => {
      const what = about(q);
      const answer = me.answers[i];
      if (what.kind === 'rating') expected.ratings[what.id] = answer;
      if (what.kind === 'evidence' && answer) expected.evidence[what.id] = answer;
      if (what.kind === 'preference') expected.preferences[what.id] = answer;
    });
    const saved = reread(target);
    expect(saved.incomplete).toBe(true);
    expect(saved.current_role).toBe(ROLE);
    expect(saved.ratings).toEqual(expected.ratings);
    expect(saved.evidence ?? {}).toEqual(expected.evidence);
    expect(saved.preferences ?? {}).toEqual(expected.preferences);

    // --resume: the role is kept, and the questions start at the first one without an answer
    const rest = me.answers.slice(n);
    // an interruption at an evidence line leaves its rating answered: the evidence is not asked again
    if (about(prompter.asked[n]!).kind === 'evidence') rest.shift();
    const again = new ScriptedPrompter(rest);
    const { result, log } = run(again, { resume: target });
    const done = await result;
    expect(log[0]).toMatch(/me\.yaml is incomplete \(\d+ of \d+ answered\): continuing where you stopped/);
    // exactly the questions of an uninterrupted run from question n on (or the one after an evidence line)
    const start = about(prompter.asked[n]!).kind === 'evidence' ? n + 1 : n;
    expect(again.asked.map((q) => q.message)).toEqual(reference.slice(start));
    expect(done.cancelled).toBe(false);
    const final = reread(target);
    expect(final.incomplete).toBeUndefined();
    expect(final.ratings).toEqual(me.ratings);
    expect(final.preferences).toEqual(me.preferences);
    expect(done.advice).toBeDefined();
  });

  it('at the first prompt (the role): nothing is written', async () => {
    const target = join(dir, 'me.yaml');
    const prompter = new ScriptedPrompter(me.answers, { cancelAt: 0 });
    const r = await run(prompter, { save: target }).result;
    expect(r).toEqual({ cancelled: true, hangup: false });
    expect(existsSync(target)).toBe(false);
  });

  it('with no save target: cancelled, nothing written', async () => {
    const r = await run(new ScriptedPrompter(me.answers, { cancelAt: 5 })).result;
    expect(r.cancelled).toBe(true);
    expect(r.saved).toBeUndefined();
    expect(r.profile!.incomplete).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an interrupted retake keeps every earlier answer; resuming it goes through all of them again as defaults', async () => {
    const target = join(dir, 'me.yaml');
    await run(new ScriptedPrompter(me.answers), { save: target }).result;
    const retake = new ScriptedPrompter([ROLE, 5], { thenDefaults: true, cancelAt: 4 });
    await run(retake, { resume: target }).result;
    const interrupted = reread(target);
    expect(interrupted.incomplete).toBe(true);
    expect(interrupted.ratings).toEqual({ ...me.ratings, [plan.skills[0]!.skill.id]: 5 });

    const again = new ScriptedPrompter([], { thenDefaults: true });
    const { result, log } = run(again, { resume: target });
    await result;
    expect(log[0]).toMatch(/every question has an answer: going through them again/);
    expect(again.asked[0]).toMatchObject({ kind: 'search', default: ROLE });
    expect(again.asked[1]).toMatchObject({ default: 5 });
    expect(reread(target).incomplete).toBeUndefined();
  });
});

describe('the terminal closing', () => {
  it('SIGHUP saves the answers so far like Ctrl-C, and reports the hang-up', async () => {
    const target = join(dir, 'me.yaml');
    const prompter = new ScriptedPrompter(person().answers, { hangAt: 3 });
    const before = process.listenerCount('SIGHUP');
    const result = runAssessment(prompter, index, { save: target, today: TODAY, onHangup: terminalHangup(new PassThrough()) });
    while (prompter.asked.length < 4) await new Promise((resolve) => setImmediate(resolve));
    expect(process.listenerCount('SIGHUP')).toBe(before + 1);
    process.emit('SIGHUP', 'SIGHUP');
    const r = await result;
    expect(r).toMatchObject({ cancelled: true, hangup: true, saved: target });
    expect(Object.keys(reread(target).ratings)).toHaveLength(2); // 2, then 4: the hang-up came at the 4's evidence line
    expect(reread(target).incomplete).toBe(true);
    expect(process.listenerCount('SIGHUP')).toBe(before);
  });

  it('the end of the terminal input does the same (a closed window shows up as EOF first)', async () => {
    const target = join(dir, 'me.yaml');
    const input = new PassThrough();
    const prompter = new ScriptedPrompter(person().answers, { hangAt: 2 });
    const result = runAssessment(prompter, index, { save: target, today: TODAY, onHangup: terminalHangup(input) });
    while (prompter.asked.length < 3) await new Promise((resolve) => setImmediate(resolve));
    input.resume();
    input.end();
    const r = await result;
    expect(r).toMatchObject({ cancelled: true, hangup: true, saved: target });
    expect(reread(target).ratings).toEqual({ [plan.skills[0]!.skill.id]: 2 });
    expect(input.listenerCount('end')).toBe(0);
  });
});

describe('never overwriting a file unasked', () => {
  it('refuses an existing --save file before asking anything (exit 2)', async () => {
    const target = join(dir, 'me.yaml');
    writeFileSync(target, 'theirs');
    const prompter = new ScriptedPrompter(person().answers);
    const error = await run(prompter, { save: target }).result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RungsError);
    expect((error as RungsError).exitCode).toBe(2);
    expect((error as RungsError).message).toMatch(/me\.yaml: already exists; refusing to overwrite it/);
    expect((error as RungsError).hint).toMatch(/--force.*--resume/);
    expect(prompter.asked).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('theirs');
  });

  it('--force replaces it', async () => {
    const target = join(dir, 'me.yaml');
    writeFileSync(target, 'theirs');
    await run(new ScriptedPrompter(person().answers), { save: target, force: true }).result;
    expect(reread(target).current_role).toBe(ROLE);
  });

  it('--resume A --save B refuses an existing B, but --save A is the same file and allowed', async () => {
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    await run(new ScriptedPrompter(person().answers), { save: a }).result;
    writeFileSync(b, 'theirs');
    const error = await run(new ScriptedPrompter([]), { resume: a, save: b }).result.catch((e: unknown) => e);
    expect((error as RungsError).exitCode).toBe(2);
    const r = await run(new ScriptedPrompter([], { thenDefaults: true }), { resume: a, save: join(dir, '.', 'a.yaml') }).result;
    expect(r.saved).toBe(join(dir, '.', 'a.yaml'));
  });

  it('refuses a --save file in a folder that does not exist, before asking', async () => {
    const prompter = new ScriptedPrompter([]);
    const error = await run(prompter, { save: join(dir, 'no', 'me.yaml') }).result.catch((e: unknown) => e);
    expect((error as RungsError).message).toMatch(/the folder .* does not exist/);
    expect(prompter.asked).toEqual([]);
  });

  it('a --save file that appears while the questions run is kept; the answers go beside it', async () => {
    const target = join(dir, 'me.yaml');
    const me = person();
    const answers = [...me.answers];
    const last = answers.length - 1;
    const lastAnswer = answers[last];
    answers[last] = () => {
      writeFileSync(target, 'written by someone else meanwhile');
      return lastAnswer;
    };
    const r = await run(new ScriptedPrompter(answers), { save: target, now: () => new Date(2025, 2, 14, 9, 5, 7) }).result;
    expect(r.conflict).toBe(target);
    expect(r.saved).toBe(`${target}.rungs-20250314-090507.yaml`);
    expect(readFileSync(target, 'utf8')).toBe('written by someone else meanwhile');
    expect(reread(r.saved!).ratings).toEqual(me.ratings);
    expect(r.advice).toBeDefined();
  });

  it('the same on Ctrl-C: the answers so far go beside it', async () => {
    const target = join(dir, 'me.yaml');
    const answers: unknown[] = [
      ROLE,
      () => {
        writeFileSync(target, 'theirs');
        return 2;
      },
    ];
    const r = await run(new ScriptedPrompter(answers, { cancelAt: 2 }), { save: target }).result;
    expect(r.cancelled).toBe(true);
    expect(r.conflict).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('theirs');
    expect(reread(r.saved!).incomplete).toBe(true);
  });
});
