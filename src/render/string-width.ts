// string-width 8.3.0's rule (https://github.com/sindresorhus/string-width, MIT, (c) Sindre Sorhus), ported so that
// its costs are paid only by text that needs them: the package builds an Intl.Segmenter when it loads (~8 ms of
// ICU data) and its Unicode-property regexes cost ~30 ms on first use, which every `rungs roles` would pay though
// the text is nearly always plain. Here both are made on the first call. test/unit/width.test.ts holds this
// to the package itself (a dev dependency) on real names and on random text.
import stripAnsi from 'strip-ansi';
import { eastAsianWidth } from 'get-east-asian-width';

interface Rules {
  segmenter: Intl.Segmenter;
  visible: RegExp;
  spacingMark: RegExp;
  rgiEmoji: RegExp;
  keycap: RegExp;
  pictographic: RegExp;
}

let rules: Rules | undefined;

function made(): Rules {
  // Built with new RegExp: the `v` flag is newer than the TypeScript target, not than Node 20.
  return (rules ??= {
    segmenter: new Intl.Segmenter(),
    visible: new RegExp('[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]', 'v'),
    spacingMark: new RegExp('\\p{Spacing_Mark}', 'v'),
    rgiEmoji: new RegExp('^\\p{RGI_Emoji}$', 'v'),
    keycap: /^[\d#*]\u20E3$/,
    pictographic: /\p{Extended_Pictographic}/gu,
  });
}

function isDoubleWidthNonRgiEmojiSequence(segment: string, r: Rules): boolean {
  if (segment.length > 50) return false;
  if (r.keycap.test(segment)) return true;
  if (segment.includes('\u200D')) {
    const pictographics = segment.match(r.pictographic);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}

function baseVisible(segment: string, r: Rules): string | undefined {
  const index = segment.search(r.visible);
  return index === -1 ? undefined : segment.slice(index);
}

const isLeadingJamo = (cp: number) => (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c);
const isVowelJamo = (cp: number | undefined) => cp !== undefined && ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6));
const isTrailingJamo = (cp: number | undefined) => cp !== undefined && ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb));
const isJamo = (cp: number) => isLeadingJamo(cp) || isVowelJamo(cp) || isTrailingJamo(cp);

function hangulClusterWidth(visibleSegment: string, r: Rules): number | undefined {
  const codePoints: number[] = [];
  for (const character of visibleSegment) if (r.visible.test(character)) codePoints.push(character.codePointAt(0)!);
  if (codePoints.length === 0) return undefined;
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const cp = codePoints[index]!;
    if (!isJamo(cp)) {
      if (width === 0) return undefined;
      for (let remaining = index; remaining < codePoints.length; remaining++) width += eastAsianWidth(codePoints[remaining]!);
      return width;
    }
    if (isLeadingJamo(cp) && isVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(cp);
  }
  return width;
}

function trailingWidth(visibleSegment: string, r: Rules): number {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (r.spacingMark.test(character) || (character >= '\uFF00' && character <= '\uFFEF')) extra += eastAsianWidth(character.codePointAt(0)!);
  }
  return extra;
}

/** Columns `input` takes, by string-width 8.3.0's rule with its default options (ambiguous characters narrow). */
export function stringWidth(input: string): number {
  if (input.length === 0) return 0;
  const string = input.includes('\u001B') || input.includes('\u009B') ? stripAnsi(input) : input;
  if (string.length === 0) return 0;
  if (/^[\u0020-\u007E]*$/.test(string)) return string.length;
  const r = made();
  let width = 0;
  for (const { segment } of r.segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment, r);
    if (visibleSegment === undefined) continue;
    if (r.rgiEmoji.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment, r)) {
      width += 2;
      continue;
    }
    const hangul = hangulClusterWidth(visibleSegment, r);
    if (hangul !== undefined) {
      width += hangul;
      continue;
    }
    width += eastAsianWidth(visibleSegment.codePointAt(0)!);
    width += trailingWidth(visibleSegment, r);
  }
  return width;
}
