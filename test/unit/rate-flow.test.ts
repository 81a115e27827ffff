// `rungs rate`'s questions through the prompt adapter (scripted answers): the lead's voice, the person's own
// rating only after the lead's answer, back, review, Ctrl-C and continuing; and the profile it makes.
import { describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { leadVoice, thirdPerson } from '../../src/core/lead-voice.js';
import { resumeAt, skillsToRate, withLeadRatings } from '../../src/core/rating.js';
import type { Profile } from '../../src/core/types.js';
import { askLeadRatings, BACK, SAVE } from '../../src/cli/rate-flow.js';
import { ScriptedPrompter } from '../../src/prompts/adapter.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { DATA } from '../helpers/fixtures.js';

const index = indexFramework(loadFramework(DATA).framework!);
const TODAY = '2026-12-03';
const ana: Profile = {
  name: 'Ana Ruiz',
  current_role: 'support-technician',
  assessed_on: '2026-11-20',
  ratings: { troubleshooting: 4, 'written-communication': 2, empathy: null },
};
const skills = skillsToRate(index, ana);

describe('leadVoice', () => {
  it('asks every question of the framework about the person, in grammatical English, naming them once', () => {
    for (const skill of index.framework.skills) {
      const asked = leadVoice(skill.question, 'Ana');
      expect(asked, skill.question).not.toMatch(/\byou(rs?|rself)?\b/i);
      expect(asked.match(/\bAna\b/g), asked).toHaveLength(1);
      expect(asked, asked).not.toMatch(/\b(they|them) (sees|has|is)\b|\bdoes they\b|\bAna (see|have|are|do)\b|\b(around|with|to|for) they\b/);
    }
    expect(leadVoice('How well do you coach the agents you lead?', 'Ana')).toBe('How well does Ana coach the agents they lead?');
    expect(leadVoice('When you see the same problem come back, how far do you go?', 'Ana')).toBe('When Ana sees the same problem come back, how far do they go?');
    expect(leadVoice('How clear are your replies to the people around you?', 'Ana')).toBe("How clear are Ana's replies to the people around them?");
    expect([thirdPerson('teach'), thirdPerson('carry'), thirdPerson('have'), thirdPerson('understood')]).toEqual(['teaches', 'carries', 'has', 'understood']);
  });
});

describe('askLeadRatings', () => {
  it("asks about the person's rated skills and those of their role and next role; shows their own rating only after each answer", async () => {
    expect(skills.map((s) => s.id)).toEqual(expect.arrayContaining(['troubleshooting', 'written-communication']));
    expect(skills.map((s) => s.id)).not.toContain('budgeting');
    const prompter = new ScriptedPrompter([...skills.map(() => 3), SAVE]);
    const result = await askLeadRatings(prompter, index, ana, TODAY);
    expect(result.cancelled).toBe(false);
    expect(result.answered).toBe(skills.length);
    const first = prompter.asked[0]!;
    expect(first.message).toMatch(new RegExp(`^\\(1/${skills.length}\\) .+: .*\\bAna\\b`));
    expect(first.message).not.toMatch(/\byou\b/i);
    // No anchoring: nothing about Ana's own rating in the question, no default from it.
    const tIndex = skills.findIndex((s) => s.id === 'troubleshooting');
    const asked = prompter.asked[tIndex]!;
    expect(asked.hasDefault).toBe(false);
    expect(asked.message).not.toMatch(/own rating|rated themselves/);
    // The note with her rating comes after the answer: notes[0] is the intro, then one per answer in order.
    expect(prompter.notes[0]).toMatch(/^Rating Ana: \d+ skills\. Ana's own rating is shown after you answer each one\.$/);
    expect(prompter.notes[1 + tIndex]).toBe("  Ana's own rating: 4 Practitioner");
    const w = skills.findIndex((s) => s.id === 'written-communication');
    expect(prompter.notes[1 + w]).toMatch(/^  Ana's own rating: 2 \w+$/);
    expect(Object.values(result.ratings).every((v) => v === 3)).toBe(true);
  });

  it('goes back with ← (not offered on the first question), and the review changes an answer', async () => {
    const answers = [2, BACK, 4, ...skills.slice(1).map(() => 3), 'troubleshooting', 1, SAVE];
    const prompter = new ScriptedPrompter(answers);
    const result = await askLeadRatings(prompter, index, { ...ana, ratings: { ...ana.ratings } }, TODAY);
    expect(prompter.asked[0]!.choices!.some((c) => c.value === BACK)).toBe(false);
    expect(prompter.asked[1]!.choices!.some((c) => c.value === BACK)).toBe(true);
    // After ←, the first skill again, with the answer given as the default.
    expect(prompter.asked[2]!.message).toBe(prompter.asked[0]!.message);
    expect(prompter.asked[2]!.default).toBe(2);
    expect(result.ratings[skills[0]!.id]).toBe(skills[0]!.id === 'troubleshooting' ? 1 : 4);
    expect(result.ratings.troubleshooting).toBe(1);
    const review = prompter.asked.find((q) => q.message.startsWith('Review'))!;
    expect(review.choices!.find((c) => c.value === 'troubleshooting')!.name).toMatch(/^Troubleshooting: you 3 \w+, Ana 4 Practitioner$/);
  });

  it('Ctrl-C returns the answers so far; rate again the same day continues after them, with them counted', async () => {
    const cut = await askLeadRatings(new ScriptedPrompter([4, 2], { cancelAt: 2 }), index, ana, TODAY);
    expect(cut).toMatchObject({ cancelled: true, answered: 2 });
    expect(Object.keys(cut.ratings)).toEqual([skills[0]!.id, skills[1]!.id]);
    const saved = withLeadRatings(ana, cut.ratings, TODAY);
    expect(resumeAt(saved, skills, TODAY)).toBe(2);
    const continued = new ScriptedPrompter([...skills.slice(2).map(() => 1), SAVE]);
    const rest = await askLeadRatings(continued, index, saved, TODAY);
    expect(rest.cancelled).toBe(false);
    expect(continued.asked[0]!.message).toMatch(new RegExp(`^\\(3/${skills.length}\\) ${skills[2]!.name}: `));
    expect(rest.ratings[skills[0]!.id]).toBe(4);
    expect(rest.ratings[skills[2]!.id]).toBe(1);
    // Another day, the earlier ratings are the defaults and the questions start at the first skill.
    const later = new ScriptedPrompter([], { thenDefaults: true });
    await askLeadRatings(later, index, withLeadRatings(saved, rest.ratings, TODAY), '2027-01-10');
    expect(later.asked[0]!.message).toMatch(/^\(1\//);
    expect(later.asked[0]!.default).toBe(4);
  });
});

describe('withLeadRatings', () => {
  it("writes the lead's ratings and date, keeps everything else, and keeps an earlier day's ratings in history", () => {
    const first = withLeadRatings(ana, { troubleshooting: 3, empathy: null }, '2026-06-01');
    expect(first).toEqual({ ...ana, manager_ratings: { troubleshooting: 3 }, manager_assessed_on: '2026-06-01' });
    const sameDay = withLeadRatings(first, { troubleshooting: 4 }, '2026-06-01');
    expect(sameDay.history).toBeUndefined();
    const again = withLeadRatings(sameDay, { troubleshooting: 5 }, '2026-12-01');
    expect(again.manager_ratings).toEqual({ troubleshooting: 5 });
    expect(again.history).toEqual([{ assessed_on: '2026-11-20', current_role: 'support-technician', ratings: ana.ratings, manager_ratings: { troubleshooting: 4 }, manager_assessed_on: '2026-06-01' }]);
    expect(again.ratings).toBe(ana.ratings);
  });
});
