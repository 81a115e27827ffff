// The whole questionnaire with scripted people against the real default framework: what is asked and in which
// order, ← (back), the review, what is saved, Ctrl-C and SIGHUP part-way, resuming and retaking, and never
// overwriting a file without being told to.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offerSave, resumeCommand, runAssessment, terminalHangup, type AssessOptions } from '../../src/cli/assess-flow.js';
import { MAX_EVIDENCE, planAsking } from '../../src/core/asking.js';
import { indexFramework } from '../../src/core/index-framework.js';
import type { Profile } from '../../src/core/types.js';
import { RungsError } from '../../src/errors.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { readProfileFile } from '../../src/io/profile.js';
import { BACK, ScriptedPrompter, type AskedQuestion } from '../../src/prompts/adapter.js';
import { answerFor, personaPrompter, type Persona } from '../helpers/persona-prompter.js';

const index = indexFramework(loadFramework(new URL('../../data', import.meta.url).pathname).framework!);
const ROLE = 'support-technician';
const TODAY = '2025-03-14';
const plan = planAsking(index, ROLE, 'full');

const me: Persona = {
  label: 'technician',
  role: ROLE,
  fallback: 2,
  ratings: { troubleshooting: 4, 'product-knowledge': null, 'verbal-communication': 3, 'active-listening': 5, patience: 3 },
  preferences: Object.fromEntries(index.framework.questions.map((q, i) => [q.id, q.type === 'agree' ? (i % 5) + 1 : q.options[i % q.options.length]!.id])),
  evidence: 'Talked a customer through a router reset in five minutes',
};

const kindOf = (q: AskedQuestion) => q.topic!.kind;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rungs-assess-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(prompter: ReturnType<typeof personaPrompter>, options: AssessOptions = {}) {
  const log: string[] = [];
  const result = runAssessment(prompter, index, { today: TODAY, log: (l) => log.push(l), ...options });
  return { result, log };
}

function reread(path: string): Profile {
  const result = readProfileFile(path, index);
  if (!result.ok) throw new Error(`not a valid profile: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

/** The answers a run asked, as the profile should hold them. */
function answered(asked: AskedQuestion[], p: Persona = me) {
  const ratings: Record<string, number | null> = {};
  const preferences: Record<string, number | string> = {};
  for (const q of asked) {
    if (q.topic!.kind === 'rating') ratings[q.topic!.id] = answerFor(p, q) as number | null;
    if (q.topic!.kind === 'preference') preferences[q.topic!.id] = answerFor(p, q) as number | string;
  }
  return { ratings, preferences };
}

describe('a full run', () => {
  it('asks the role, the choice questions, then skills one at a time until the advice is settled; reviews; saves a valid profile', async () => {
    const prompter = personaPrompter(me);
    const target = join(dir, 'me.yaml');
    const r = await run(prompter, { save: target }).result;
    expect(r.cancelled).toBe(false);
    expect(r.saved).toBe(target);

    const kinds = prompter.asked.map(kindOf);
    expect(kinds[0]).toBe('role');
    expect(kinds[1]).toBe('name'); // saving: the name goes with the file
    expect(prompter.asked.slice(2, 2 + plan.questions.length).map((q) => (q.topic as { id: string }).id)).toEqual(plan.questions.map((q) => q.id));
    expect(kinds.indexOf('rating')).toBe(2 + plan.questions.length);
    expect(kinds.at(-1)).toBe('review');
    // fewer skills than the pool: the rest were assumed, and the result says which
    const rated = prompter.asked.filter((q) => kindOf(q) === 'rating').length;
    expect(rated).toBeLessThan(plan.pool.length);
    expect(r.assumed!.length).toBe(plan.pool.length - rated);

    // the duration up front, progress against the expected count
    expect(prompter.notes.some((n) => /about \d+ questions, \d+ minutes?/.test(n))).toBe(true);
    expect(prompter.asked[2]!.message).toMatch(/^\[1 of about \d+\] Preferences/);
    const firstRating = prompter.asked.find((q) => kindOf(q) === 'rating')!;
    const skill = index.skills.get((firstRating.topic as { id: string }).id)!;
    expect(firstRating.message).toMatch(new RegExp(`^\\[${plan.questions.length + 1} of about \\d+\\] \\w.* · ${skill.name}\\n  `));
    expect(firstRating.choices!.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 0, null]);
    expect(firstRating.choices!.map((c) => c.key)).toEqual(['1', '2', '3', '4', '5', '0', 'n']);
    expect(firstRating.hasDefault).toBe(false); // the cursor starts on no rating the person did not give

    const saved = reread(target);
    const { ratings, preferences } = answered(prompter.asked);
    expect(saved).toEqual({
      current_role: ROLE,
      assessed_on: TODAY,
      framework_version: index.framework.meta.version,
      ratings,
      preferences,
      ...(saved.evidence ? { evidence: saved.evidence } : {}),
    });
    const text = readFileSync(target, 'utf8');
    // no schema reachable from a temp folder: no modeline (never an absolute path into the package; test/unit/modeline.test.ts)
    expect(text).not.toContain('yaml-language-server');
    expect(r.profile).toEqual(saved);
    expect(r.advice!.current_role.id).toBe(ROLE);
  });

  it('"Not sure" is saved as null (unknown), not as zero', async () => {
    const target = join(dir, 'me.yaml');
    const prompter = personaPrompter({ ...me, ratings: {}, fallback: null as unknown as number });
    await run(prompter, { save: target }).result;
    const saved = reread(target);
    const first = prompter.asked.find((q) => kindOf(q) === 'rating')!;
    expect(saved.ratings[(first.topic as { id: string }).id]).toBeNull();
  });

  it('without --save nothing is written, no name is asked, and the advice is still given', async () => {
    const prompter = personaPrompter(me);
    const r = await run(prompter).result;
    expect(r.saved).toBeUndefined();
    expect(prompter.asked.map(kindOf)).not.toContain('name');
    expect(r.advice!.next_role).not.toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('evidence is asked only for ratings of 4 or 5 the advice rests on, at most MAX_EVIDENCE (2)', async () => {
    const high: Persona = { ...me, ratings: {}, fallback: 5 };
    const prompter = personaPrompter(high);
    const r = await run(prompter).result;
    const evidence = prompter.asked.filter((q) => kindOf(q) === 'evidence');
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE);
    const target = index.roles.get(r.advice!.next_role!.id)!;
    for (const q of evidence) expect(target.skills.map((s) => s.skill)).toContain((q.topic as { id: string }).id);
  });
});

describe('← back', () => {
  it('at a preference and at a rating: the question before is asked again with its answer as the default; the end is the same', async () => {
    const plain = personaPrompter(me);
    const reference = await run(plain).result;

    // ← at the 3rd prompt (a preference) and at the first rating after it
    const firstRating = plain.asked.findIndex((q) => kindOf(q) === 'rating');
    const overrides: ((q: AskedQuestion) => unknown)[] = [];
    overrides[2] = () => BACK;
    overrides[firstRating + 2] = () => BACK; // +1 for the repeated preference, +1: the second rating
    const prompter = personaPrompter(me, {}, overrides);
    const r = await run(prompter).result;

    expect(prompter.asked[2]!.back).toBe(true);
    expect(prompter.asked[3]!.topic).toEqual(prompter.asked[1]!.topic);
    expect(prompter.asked[3]!.default).toBe(answerFor(me, prompter.asked[1]!));
    const again = prompter.asked[firstRating + 3]!;
    expect(again.topic).toEqual(prompter.asked[firstRating + 1]!.topic);
    expect(again.hasDefault).toBe(true);
    expect(r.profile!.ratings).toEqual(reference.profile!.ratings);
    expect(r.profile!.preferences).toEqual(reference.profile!.preferences);
    expect(r.advice).toEqual(reference.advice);
  });

  it('is not offered on the role question', async () => {
    const prompter = personaPrompter(me);
    await run(prompter).result;
    expect(prompter.asked[0]!.back).toBeUndefined();
    expect(prompter.asked[1]!.back).toBe(true);
  });
});

describe('the review', () => {
  it('lists every answer; changing one asks it again, then reviews again; the advice follows the change', async () => {
    let reviews = 0;
    let changed = '';
    const custom = personaPrompter({ ...me }, {}, Array.from({ length: 100 }, () => (q: AskedQuestion) => {
      if (kindOf(q) === 'review') {
        reviews++;
        const rating = q.choices!.find((c) => String(c.value).startsWith('skill:'))!;
        if (reviews === 1) {
          changed = String(rating.value).slice('skill:'.length);
          return rating.value;
        }
        return 'done';
      }
      if (kindOf(q) === 'rating' && changed && (q.topic as { id: string }).id === changed) return 0;
      return answerFor(me, q);
    }));
    const r = await run(custom).result;
    expect(reviews).toBe(2);
    const review = custom.asked.find((q) => kindOf(q) === 'review')!;
    expect(review.choices![0]).toMatchObject({ value: 'done' });
    const rated = custom.asked.filter((q) => kindOf(q) === 'rating').map((q) => (q.topic as { id: string }).id);
    for (const id of new Set(rated)) expect(review.choices!.some((c) => c.value === `skill:${id}`)).toBe(true);
    expect(review.choices!.some((c) => c.value === 'role:')).toBe(true);
    expect(r.profile!.ratings[changed]).toBe(0);
  });

  it('"answer N more questions to sharpen the advice" asks N more skills, by choice', async () => {
    let reviews = 0;
    const prompter = personaPrompter(me, {}, Array.from({ length: 100 }, () => (q: AskedQuestion) => {
      if (kindOf(q) === 'review') return ++reviews === 1 ? 'sharpen' : 'done';
      return answerFor(me, q);
    }));
    const plain = personaPrompter(me);
    await run(plain).result;
    await run(prompter).result;
    const sharpen = prompter.asked.find((q) => kindOf(q) === 'review')!.choices!.find((c) => c.value === 'sharpen')!;
    const n = Number(/Answer (\d+) more/.exec(sharpen.name)![1]);
    const count = (a: AskedQuestion[]) => a.filter((q) => kindOf(q) === 'rating').length;
    expect(count(prompter.asked)).toBe(count(plain.asked) + n);
  });
});

describe('--resume', () => {
  it('of a finished profile: a retake with the earlier answers as defaults; name, manager ratings and other roles\' ratings kept', async () => {
    const target = join(dir, 'me.yaml');
    await run(personaPrompter(me), { save: target }).result;
    const before = reread(target);
    writeFileSync(target, JSON.stringify({ ...before, name: 'Sam', manager_ratings: { troubleshooting: 3 }, ratings: { ...before.ratings, budgeting: 1 } }));
    const prompter = personaPrompter(me);
    const { result, log } = run(prompter, { resume: target, today: '2025-04-01' });
    await result;
    expect(log).toEqual([]);
    expect(prompter.asked[0]).toMatchObject({ kind: 'search', default: ROLE });
    for (const q of prompter.asked) {
      if (kindOf(q) === 'rating' && Object.hasOwn(before.ratings, (q.topic as { id: string }).id)) expect(q.default).toBe(before.ratings[(q.topic as { id: string }).id]);
      if (kindOf(q) === 'preference') expect(q.default).toBe(before.preferences![(q.topic as { id: string }).id]);
    }
    expect(prompter.asked.map(kindOf)).not.toContain('name'); // known already
    const after = reread(target);
    expect(after).toMatchObject({ name: 'Sam', manager_ratings: { troubleshooting: 3 }, assessed_on: '2025-04-01' });
    expect(after.ratings.budgeting).toBe(1);
    // the finished assessment it replaced is kept, as the last entry of history
    expect(after.history).toHaveLength(1);
    expect(after.history![0]).toMatchObject({ assessed_on: TODAY, current_role: ROLE, ratings: { ...before.ratings, budgeting: 1 }, preferences: before.preferences });
    // and the next retake adds the next one
    await run(personaPrompter(me), { resume: target, today: '2025-05-01' }).result;
    expect(reread(target).history!.map((h) => h.assessed_on)).toEqual([TODAY, '2025-04-01']);
  });

  it('keeps --quick: the mode is saved, and an interrupted quick run resumes quick', async () => {
    const target = join(dir, 'me.yaml');
    const first = personaPrompter(me, { cancelAt: 5 });
    await run(first, { save: target, quick: true }).result;
    expect(reread(target)).toMatchObject({ incomplete: true, mode: 'quick' });
    const rest = personaPrompter(me);
    const { result, log } = run(rest, { resume: target });
    const r = await result;
    expect(log[0]).toMatch(/is incomplete: continuing where you stopped, as Support Technician \(--quick\)/);
    expect(first.asked.length - 1 + rest.asked.length).toBeLessThanOrEqual(12);
    expect(r.profile!.mode).toBe('quick');
    expect(r.profile!.incomplete).toBeUndefined();
  });

  it('a broken profile is one line with file:line:col (exit 1), before anything is asked', async () => {
    const target = join(dir, 'me.yaml');
    writeFileSync(target, `current_role: ${ROLE}\nratings:\n  troubleshootng: 3\n`);
    const prompter = personaPrompter(me);
    const error = await run(prompter, { resume: target }).result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RungsError);
    expect((error as RungsError).exitCode).toBe(1);
    expect((error as RungsError).message).toMatch(/me\.yaml:3:3: error: unknown skill "troubleshootng".*did you mean "troubleshooting"/);
    expect(prompter.asked).toEqual([]);
  });

  it('a missing file is a usage error (exit 2)', async () => {
    const error = await run(personaPrompter(me), { resume: join(dir, 'nope.yaml') }).result.catch((e: unknown) => e);
    expect((error as RungsError).exitCode).toBe(2);
  });
});

describe('Ctrl-C part-way', () => {
  it.each([1, 2, 5, 9])('at prompt %i: exactly the answers given so far saved, marked incomplete; --resume ends where an uninterrupted run does', async (n) => {
    const reference = await run(personaPrompter(me), { save: join(dir, 'ref.yaml') }).result;
    const target = join(dir, 'me.yaml');
    const prompter = personaPrompter(me, { cancelAt: n });
    const r = await run(prompter, { save: target }).result;
    expect(r).toMatchObject({ cancelled: true, hangup: false, saved: target });
    expect(r.advice).toBeUndefined();
    const saved = reread(target);
    expect(saved.incomplete).toBe(true);
    const given = answered(prompter.asked.slice(0, n));
    expect(saved.ratings).toEqual(given.ratings);
    expect(saved.preferences ?? {}).toEqual(given.preferences);

    const done = await run(personaPrompter(me), { resume: target }).result;
    expect(done.cancelled).toBe(false);
    const final = reread(target);
    expect(final.incomplete).toBeUndefined();
    expect(final.ratings).toEqual(reference.profile!.ratings);
    expect(done.advice).toEqual(reference.advice);
  });

  it('at the first prompt (the role): nothing is written', async () => {
    const target = join(dir, 'me.yaml');
    const r = await run(personaPrompter(me, { cancelAt: 0 }), { save: target }).result;
    expect(r).toEqual({ cancelled: true, hangup: false });
    expect(existsSync(target)).toBe(false);
  });
});

describe('the terminal closing', () => {
  it('SIGHUP saves the answers so far like Ctrl-C, and reports the hang-up', async () => {
    const target = join(dir, 'me.yaml');
    const prompter = personaPrompter(me, { hangAt: 4 });
    const before = process.listenerCount('SIGHUP');
    const result = runAssessment(prompter, index, { save: target, today: TODAY, onHangup: terminalHangup(new PassThrough()) });
    while (prompter.asked.length < 5) await new Promise((resolve) => setImmediate(resolve));
    expect(process.listenerCount('SIGHUP')).toBe(before + 1);
    process.emit('SIGHUP', 'SIGHUP');
    const r = await result;
    expect(r).toMatchObject({ cancelled: true, hangup: true, saved: target });
    expect(Object.keys(reread(target).preferences!)).toHaveLength(2);
    expect(reread(target).incomplete).toBe(true);
    expect(process.listenerCount('SIGHUP')).toBe(before);
  });

  it('the end of the terminal input does the same (a closed window shows up as EOF first)', async () => {
    const target = join(dir, 'me.yaml');
    const input = new PassThrough();
    const prompter = personaPrompter(me, { hangAt: 3 });
    const result = runAssessment(prompter, index, { save: target, today: TODAY, onHangup: terminalHangup(input) });
    while (prompter.asked.length < 4) await new Promise((resolve) => setImmediate(resolve));
    input.resume();
    input.end();
    const r = await result;
    expect(r).toMatchObject({ cancelled: true, hangup: true, saved: target });
    expect(Object.keys(reread(target).preferences!)).toHaveLength(1);
    expect(input.listenerCount('end')).toBe(0);
  });
});

describe('never overwriting a file unasked', () => {
  it('refuses an existing --save file before asking anything (exit 2)', async () => {
    const target = join(dir, 'me.yaml');
    writeFileSync(target, 'theirs');
    const prompter = personaPrompter(me);
    const error = await run(prompter, { save: target }).result.catch((e: unknown) => e);
    expect((error as RungsError).exitCode).toBe(2);
    expect((error as RungsError).message).toMatch(/me\.yaml: already exists; refusing to overwrite it/);
    expect((error as RungsError).hint).toMatch(/--force.*--resume/);
    expect(prompter.asked).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('theirs');
  });

  it('--force replaces it', async () => {
    const target = join(dir, 'me.yaml');
    writeFileSync(target, 'theirs');
    await run(personaPrompter(me), { save: target, force: true }).result;
    expect(reread(target).current_role).toBe(ROLE);
  });

  it('a --save file that appears while the questions run is kept; the answers go beside it', async () => {
    const target = join(dir, 'me.yaml');
    const prompter = personaPrompter(me, {}, Array.from({ length: 100 }, () => (q: AskedQuestion) => {
      if (kindOf(q) === 'review') writeFileSync(target, 'written by someone else meanwhile');
      return answerFor(me, q);
    }));
    const r = await run(prompter, { save: target, now: () => new Date(2025, 2, 14, 9, 5, 7) }).result;
    expect(r.conflict).toBe(target);
    expect(r.saved).toBe(`${target}.rungs-20250314-090507.yaml`);
    expect(readFileSync(target, 'utf8')).toBe('written by someone else meanwhile');
    expect(reread(r.saved!).ratings).toEqual(answered(prompter.asked).ratings);
  });
});

describe('nothing lost without --save', () => {
  const profile: Profile = { current_role: ROLE, ratings: { troubleshooting: 3 }, assessed_on: TODAY };
  const now = () => new Date(2025, 2, 14, 9, 0, 0);

  it('offers a file in the current folder: Enter takes it, then the name goes in it', async () => {
    const prompter = new ScriptedPrompter(['', 'Dana']);
    const file = await offerSave(prompter, profile, { folder: dir, now });
    expect(file).toBe(join(dir, `rungs-${ROLE}-2025-03-14.yaml`));
    expect(prompter.asked[0]!.message).toContain(`Enter for ${file}`);
    expect(reread(file!)).toMatchObject({ name: 'Dana', current_role: ROLE, ratings: { troubleshooting: 3 } });
    // the next offer never names a file that exists
    const again = new ScriptedPrompter(['-']);
    expect(await offerSave(again, profile, { folder: dir, now })).toBeUndefined();
    expect(again.asked[0]!.message).toContain(`rungs-${ROLE}-2025-03-14-2.yaml`);
    expect(readdirSync(dir)).toEqual([`rungs-${ROLE}-2025-03-14.yaml`]);
  });

  it('the resume hint is the full command, --quick included', () => {
    expect(resumeCommand('my file.yaml', { ...profile, mode: 'quick' })).toBe(`rungs assess --resume 'my file.yaml' --quick`);
    expect(resumeCommand('me.yaml', profile)).toBe('rungs assess --resume me.yaml');
  });
});
