// Interruptions of the questionnaire, in-process through the scripted prompter, at EVERY prompt of a short
// (--quick) run: Ctrl-C, the terminal closing (SIGHUP), and a --save target that appears meanwhile. Each
// time: the file holds exactly the answers given (nothing before the role is chosen), marked incomplete,
// nothing else is written or overwritten, and --resume continues to the same end as an uninterrupted run.
// (`rungs assess` turns `cancelled` into exit 130, and a hang-up into the SIGHUP it re-raises; the corpus
// covers assess without a terminal, exit 2.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runAssessment, terminalHangup } from '../../src/cli/assess-flow.js';
import { run as assessCommand } from '../../src/cli/commands/assess.js';
import { EXIT, RungsError } from '../../src/errors.js';
import { indexFramework } from '../../src/core/index-framework.js';
import type { Profile, Question } from '../../src/core/types.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { readProfileFile } from '../../src/io/profile.js';
import { ScriptedPrompter, type AskedQuestion, type ScriptedAnswer } from '../../src/prompts/adapter.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { DATA } from './helpers.js';

afterAll(cleanTempDirs);

// `rungs assess` itself, with the scripted prompter in place of Inquirer: to see the exit code it returns.
const prompterFor = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('../../src/prompts/inquirer.js', () => ({ createInquirerPrompter: () => prompterFor.current }));

const index = indexFramework(loadFramework(DATA).framework!);
const ROLE = 'technical-support-specialist';
const TODAY = '2025-03-14';

// A scripted person, answering by what each prompt is about: ratings cycle through every answer by the skill's
// place in the framework, one answer per preference question; the review shows the advice, the name is skipped.
const CYCLE: (number | null)[] = [4, 2, null, 5, 0, 3, 1];
const preferenceOf = (q: Question, i: number): number | string => (q.type === 'agree' ? (i % 5) + 1 : q.options[i % q.options.length]!.id);
const answerOf = (q: AskedQuestion): unknown => {
  const topic = q.topic!;
  if (topic.kind === 'role') return ROLE;
  if (topic.kind === 'rating') return CYCLE[index.skillIds.indexOf(topic.id) % CYCLE.length];
  if (topic.kind === 'preference') return preferenceOf(index.questions.get(topic.id)!, index.questionIds.indexOf(topic.id));
  if (topic.kind === 'evidence') return `Evidence for ${topic.id}`;
  if (topic.kind === 'review') return 'done';
  return '';
};
const ANSWERS: ScriptedAnswer[] = Array.from({ length: 60 }, () => answerOf);

interface Prompt {
  kind: string;
  id: string;
  answer: unknown;
}

function reread(path: string): Profile {
  const result = readProfileFile(path, index);
  if (!result.ok) throw new Error(`not a valid profile: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

const run = (prompter: ScriptedPrompter, options: Parameters<typeof runAssessment>[2]) =>
  runAssessment(prompter, index, { today: TODAY, quick: true, now: () => new Date(2025, 2, 14, 9, 5, 7), ...options });

// The uninterrupted run, to compare with: its prompts are the ones interrupted below.
const reference = await (async () => {
  const prompter = new ScriptedPrompter(ANSWERS);
  const dir = tempDir('rungs-interaction-');
  const r = await run(prompter, { save: join(dir, 'me.yaml') });
  return { asked: prompter.asked, messages: prompter.asked.map((q) => q.message), profile: reread(join(dir, 'me.yaml')), result: r };
})();
const PROMPTS: Prompt[] = reference.asked.map((q) => ({ kind: q.topic!.kind, id: 'id' in q.topic! ? q.topic.id : '', answer: answerOf(q) }));

/** What a profile holds after the first n prompts were answered. */
function expectedAfter(n: number) {
  const out = { ratings: {} as Record<string, unknown>, evidence: {} as Record<string, unknown>, preferences: {} as Record<string, unknown> };
  for (const p of PROMPTS.slice(0, n)) {
    if (p.kind === 'rating') out.ratings[p.id] = p.answer;
    if (p.kind === 'evidence') out.evidence[p.id] = p.answer;
    if (p.kind === 'preference') out.preferences[p.id] = p.answer;
  }
  return out;
}

const INDICES = PROMPTS.map((p, i) => [i, `${p.kind}${p.id ? ` ${p.id}` : ''}`] as const);

describe(`a --quick run of ${PROMPTS.length} prompts`, () => {
  it('is the run the script describes', () => {
    expect(reference.messages).toHaveLength(PROMPTS.length);
    expect(reference.result.cancelled).toBe(false);
    expect({ evidence: {}, ...reference.profile }).toMatchObject({ current_role: ROLE, ...expectedAfter(PROMPTS.length) });
    expect(PROMPTS.some((p) => p.kind === 'rating')).toBe(true);
    expect(PROMPTS.some((p) => p.kind === 'preference')).toBe(true);
    expect(PROMPTS.some((p) => p.kind === 'review')).toBe(true);
  });
});

/** After an interruption at prompt n: what was saved, then --resume to the end. */
async function checkSavedThenResume(dir: string, n: number, r: Awaited<ReturnType<typeof runAssessment>>) {
  const target = join(dir, 'me.yaml');
  if (n === 0) {
    // Nothing worth keeping before the role is chosen: nothing written at all.
    expect(r.saved).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    return;
  }
  expect(r.saved).toBe(target);
  expect(readdirSync(dir)).toEqual(['me.yaml']); // no temp file left behind
  const saved = reread(target);
  const expected = expectedAfter(n);
  expect(saved.incomplete).toBe(true);
  expect(saved.current_role).toBe(ROLE);
  expect(saved.ratings).toEqual(expected.ratings);
  expect(saved.evidence ?? {}).toEqual(expected.evidence);
  expect(saved.preferences ?? {}).toEqual(expected.preferences);

  // --resume continues with the first unanswered prompt (the optional name is not asked twice)
  const skipped = PROMPTS[n]!.kind === 'name' ? 1 : 0;
  const again = new ScriptedPrompter(ANSWERS);
  const logs: string[] = [];
  const done = await run(again, { resume: target, log: (l) => logs.push(l) });
  expect(logs[0]).toMatch(/is incomplete: continuing where you stopped/);
  expect(again.asked.map((q) => q.message)).toEqual(reference.messages.slice(n + skipped));
  expect(done.cancelled).toBe(false);
  const final = reread(target);
  expect(final.incomplete).toBeUndefined();
  const evidence = { ...reference.profile.evidence };
  if (skipped) delete evidence[PROMPTS[n]!.id];
  expect({ ...final, evidence: final.evidence ?? {} }).toEqual({ ...reference.profile, evidence });
  expect(readdirSync(dir)).toEqual(['me.yaml']);
}

describe('Ctrl-C at every prompt', () => {
  it.each(INDICES)('at prompt %i (%s): cancelled (exit 130), exactly the answers given saved, and --resume finishes', async (n) => {
    const dir = tempDir('rungs-ctrl-c-');
    const prompter = new ScriptedPrompter(ANSWERS, { cancelAt: n });
    const r = await run(prompter, { save: join(dir, 'me.yaml') });
    expect(r).toMatchObject({ cancelled: true, hangup: false });
    expect(r.advice).toBeUndefined();
    expect(prompter.asked).toHaveLength(n + 1);
    await checkSavedThenResume(dir, n, r);
  });
});

describe('the terminal closing (SIGHUP) at every prompt', () => {
  it.each(INDICES)('at prompt %i (%s): the same, reported as a hang-up', async (n) => {
    const dir = tempDir('rungs-sighup-');
    const prompter = new ScriptedPrompter(ANSWERS, { hangAt: n });
    const listeners = process.listenerCount('SIGHUP');
    const result = run(prompter, { save: join(dir, 'me.yaml'), onHangup: terminalHangup(new PassThrough()) });
    while (prompter.asked.length < n + 1) await new Promise((resolve) => setImmediate(resolve));
    process.emit('SIGHUP', 'SIGHUP');
    const r = await result;
    expect(r).toMatchObject({ cancelled: true, hangup: true });
    expect(process.listenerCount('SIGHUP')).toBe(listeners);
    await checkSavedThenResume(dir, n, r);
  });
});

describe('a --save target that appears while the questionnaire runs', () => {
  const THEIRS = 'written by someone else meanwhile\n';
  const appearsAt = (target: string, k: number): ScriptedAnswer[] =>
    ANSWERS.map((a, i) =>
      i === k
        ? (q: AskedQuestion) => {
            writeFileSync(target, THEIRS);
            return (a as (q: AskedQuestion) => unknown)(q);
          }
        : a,
    );

  it.each(INDICES)('appearing at prompt %i (%s): kept as it is; the answers go beside it', async (k) => {
    const dir = tempDir('rungs-appears-');
    const target = join(dir, 'me.yaml');
    const r = await run(new ScriptedPrompter(appearsAt(target, k)), { save: target });
    expect(readFileSync(target, 'utf8')).toBe(THEIRS);
    expect(r.conflict).toBe(target);
    expect(r.saved).toBe(`${target}.rungs-20250314-090507.yaml`);
    expect(reread(r.saved!)).toEqual(reference.profile);
    expect(readdirSync(dir).sort()).toEqual(['me.yaml', 'me.yaml.rungs-20250314-090507.yaml']);
  });

  it.each(INDICES.slice(0, -1))('appearing at prompt %i (%s), then Ctrl-C at the next: the answers so far go beside it', async (k) => {
    const dir = tempDir('rungs-appears-');
    const target = join(dir, 'me.yaml');
    const cancelAt = k + 1;
    const r = await run(new ScriptedPrompter(appearsAt(target, k), { cancelAt }), { save: target });
    expect(r.cancelled).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(THEIRS);
    expect(r.conflict).toBe(target);
    expect(readdirSync(dir).sort()).toEqual(['me.yaml', 'me.yaml.rungs-20250314-090507.yaml']);
    const saved = reread(r.saved!);
    expect(saved.incomplete).toBe(true);
    expect(saved.ratings).toEqual(expectedAfter(cancelAt).ratings);
  });
});

describe('rungs assess, Ctrl-C at every prompt: the exit code and the line it prints', () => {
  it.each(INDICES)('at prompt %i (%s): exit 130, and how to continue', async (n) => {
    const dir = tempDir('rungs-assess-cmd-');
    const target = join(dir, 'me.yaml');
    prompterFor.current = new ScriptedPrompter(ANSWERS, { cancelAt: n });
    const tty = process.stdin.isTTY;
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    try {
      process.stdin.isTTY = true;
      const code = await assessCommand([], { save: target, quick: true, format: 'text' });
      expect(code).toBe(EXIT.cancelled);
    } finally {
      process.stdin.isTTY = tty;
      spy.mockRestore();
    }
    const last = written.join('').trim().split('\n').at(-1)!;
    if (n === 0) expect(last).toBe('rungs: cancelled');
    // the full command, mode included
    else expect(last).toBe(`rungs: cancelled; answers so far saved to ${target} (continue with: rungs assess --resume ${target} --quick)`);
    expect(readdirSync(dir)).toEqual(n === 0 ? [] : ['me.yaml']);
  });
});

describe('--resume of a file over --max-file-size', () => {
  it('is refused before anything is asked, naming the flag (exit 1)', async () => {
    const dir = tempDir('rungs-resume-big-');
    const target = join(dir, 'me.yaml');
    writeFileSync(target, `current_role: ${ROLE}\nname: ${'x'.repeat(2048)}\n`);
    const prompter = new ScriptedPrompter([]);
    const error = await run(prompter, { resume: target, maxFileBytes: 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RungsError);
    expect((error as RungsError).exitCode).toBe(1);
    expect((error as RungsError).message).toMatch(/me\.yaml: error: the file is 3 KB, over the limit of 1 KB \(raise it with --max-file-size\)/);
    expect(prompter.asked).toEqual([]);
  });
});
