// The questions of `rungs rate`: a lead rates a person, skill by skill, with the skill's own question in the
// lead's voice ("How well does Ana ...?"). The person's own rating is shown only once the lead has answered
// (no anchoring); the default highlighted is the lead's own earlier rating, never the person's. "← Back" on
// every question after the first, a review before saving where any answer can be changed, and Ctrl-C returns
// the answers so far (the command saves them; running rate again the same day continues after them).
import type { FrameworkIndex } from '../core/index-framework.js';
import { callName, leadVoice } from '../core/lead-voice.js';
import { ratingChoices, ratingLabel, type Choice, type RatingValue } from '../core/questionnaire.js';
import { resumeAt, skillsToRate } from '../core/rating.js';
import type { Profile, Skill } from '../core/types.js';
import { isCancel, type Prompter } from '../prompts/adapter.js';

/** The value of the "← Back" choice. */
export const BACK = '←back';
/** The review's "save" choice. */
export const SAVE = '←save';

export interface RateAnswers {
  /** skill id -> the lead's level, or null for "not observed"; only the skills answered. */
  ratings: Record<string, RatingValue>;
  cancelled: boolean;
  /** How many questions were answered in this run. */
  answered: number;
}

export async function askLeadRatings(prompter: Prompter, index: FrameworkIndex, profile: Profile, today: string): Promise<RateAnswers> {
  const skills = skillsToRate(index, profile);
  const name = callName(profile.name);
  const { scale } = index.framework.meta;
  // Continuing today's ratings (after Ctrl-C): what was saved counts as answered.
  const ratings: Record<string, RatingValue> = profile.manager_assessed_on === today ? { ...(profile.manager_ratings ?? {}) } : {};
  let answered = 0;
  let i = resumeAt(profile, skills, today);

  const own = (skill: Skill): RatingValue => {
    const value = profile.ratings?.[skill.id];
    return typeof value === 'number' ? value : null;
  };
  const ask = async (skill: Skill, n: number, back: boolean): Promise<RatingValue | typeof BACK> => {
    const choices: Choice<RatingValue | typeof BACK>[] = ratingChoices(skill, scale).map((c) =>
      c.value === null ? { value: null, name: 'Not observed (leave it unrated: the person\'s own rating stands)', short: 'Not observed' } : c,
    );
    if (back) choices.push({ value: BACK, name: '← Back to the previous skill', short: '← Back' });
    const earlier = Object.hasOwn(ratings, skill.id) ? ratings[skill.id] : earlierLeadRating(profile, skill.id);
    const answer = await prompter.select<RatingValue | typeof BACK>({
      message: `(${n}/${skills.length}) ${skill.name}: ${leadVoice(skill.question, name)}`,
      choices,
      ...(earlier !== undefined ? { default: earlier } : {}),
    });
    // A prompter with a ← key of its own may answer with its back symbol: the same as the choice.
    if (answer === BACK || typeof answer === 'symbol') return BACK;
    ratings[skill.id] = answer;
    answered++;
    // Only now: the person's own view, beside the lead's answer.
    const self = own(skill);
    const apart = answer !== null && self !== null && Math.abs(answer - self) >= 2 ? ' (2 or more apart: worth talking through)' : '';
    prompter.note(`  ${name}'s own rating: ${self === null ? 'not rated' : ratingLabel(self, scale)}${apart}`);
    return answer;
  };

  try {
    if (skills.length === 0) return { ratings, cancelled: false, answered };
    prompter.note(`Rating ${name}: ${skills.length} skills. ${name}'s own rating is shown after you answer each one.`);
    while (i < skills.length) {
      const answer = await ask(skills[i]!, i + 1, i > 0);
      i = answer === BACK ? i - 1 : i + 1;
    }
    for (;;) {
      const choice = await prompter.select<string>({
        message: `Review: ${Object.values(ratings).filter((v) => v !== null).length} rated, ${Object.values(ratings).filter((v) => v === null).length} not observed. Save, or pick a skill to change it.`,
        choices: [
          { value: SAVE, name: 'Save these ratings', short: 'Save' },
          ...skills.map((s) => ({
            value: s.id,
            name: `${s.name}: you ${label(ratings[s.id], scale)}, ${name} ${label(own(s), scale)}`,
            short: s.name,
          })),
        ],
        default: SAVE,
      });
      if (choice === SAVE) break;
      const k = skills.findIndex((s) => s.id === choice);
      if (k < 0) continue;
      await ask(skills[k]!, k + 1, false);
    }
    return { ratings, cancelled: false, answered };
  } catch (error) {
    if (isCancel(error)) return { ratings, cancelled: true, answered };
    throw error;
  }
}

function label(value: RatingValue | undefined, scale: Parameters<typeof ratingLabel>[1]): string {
  return value === undefined || value === null ? '—' : ratingLabel(value, scale);
}

/** The lead's latest rating of a skill before today's: in the profile, else in its history. */
function earlierLeadRating(profile: Profile, skill: string): number | undefined {
  if (profile.manager_ratings && Object.hasOwn(profile.manager_ratings, skill)) return profile.manager_ratings[skill];
  for (let i = (profile.history?.length ?? 0) - 1; i >= 0; i--) {
    const m = profile.history![i]!.manager_ratings;
    if (m && Object.hasOwn(m, skill)) return m[skill];
  }
  return undefined;
}
