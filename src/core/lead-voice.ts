// A skill's question turned from the person ("How well do you coach ...?") to their lead ("How well does Ana
// coach ...?"): the same prompts, asked about someone. The person is named once, at the first "you"; after
// that they are "they"/"them"/"their". Grammar is kept by rewriting the auxiliary with its subject (do you ->
// does Ana / do they) and the verb after a named subject (you see -> Ana sees).
const AUX: Record<string, [string, string]> = {
  // aux: [with the name, with "they"]
  do: ['does', 'do'],
  can: ['can', 'can'],
  would: ['would', 'would'],
  will: ['will', 'will'],
  could: ['could', 'could'],
  should: ['should', 'should'],
  are: ['is', 'are'],
  have: ['has', 'have'],
  did: ['did', 'did'],
};

/** Words before "you" that make it an object: "around you", "with you". */
const PREPOSITION = new Set(['around', 'to', 'with', 'for', 'on', 'about', 'of', 'at', 'from', 'by', 'towards', 'toward', 'near', 'behind', 'beside', 'without', 'than', 'like']);

/** Words after "you" that are not its verb: "brings you a problem", "get you quickly to". */
const NOT_A_VERB = new Set(['a', 'an', 'the', 'to', 'with', 'for', 'in', 'on', 'at', 'of', 'and', 'or', 'what', 'that', 'this', 'when', 'if', 'as', 'from', 'by', 'about', 'back', 'up', 'down', 'out', 'off', 'through', 'there', 'here', 'again']);

export function leadVoice(question: string, name: string): string {
  let named = false;
  const person = (): string | null => {
    if (named) return null;
    named = true;
    return name;
  };
  let out = '';
  let at = 0;
  for (const m of question.matchAll(/\b(you|your|yourself)\b/gi)) {
    const start = m.index!;
    if (start < at) continue; // a verb already taken with the "you" before it
    const word = m[0];
    let before = question.slice(at, start);
    let end = start + word.length;
    let replacement: string;
    const lower = word.toLowerCase();
    if (lower === 'yourself') replacement = 'themselves';
    else if (lower === 'your') {
      const who = person();
      replacement = keepCase(word, who === null ? 'their' : `${who}'s`);
    } else {
      const prev = /(\w+)(\s+)$/.exec(before);
      const forms = prev ? AUX[prev[1]!.toLowerCase()] : undefined;
      const next = /^(\s+)([A-Za-z']+)/.exec(question.slice(end));
      if (prev && forms) {
        const who = person();
        before = before.slice(0, prev.index) + keepCase(prev[1]!, who === null ? forms[1] : forms[0]) + prev[2];
        replacement = who ?? 'they';
      } else if (next && !(prev && PREPOSITION.has(prev[1]!.toLowerCase())) && !NOT_A_VERB.has(next[2]!.toLowerCase()) && !/ly$/i.test(next[2]!)) {
        const who = person();
        if (who === null) replacement = keepCase(word, 'they');
        else {
          replacement = `${who}${next[1]}${thirdPerson(next[2]!)}`;
          end += next[0].length;
        }
      } else replacement = person() ?? 'them';
    }
    out += before + replacement;
    at = end;
  }
  return out + question.slice(at);
}

/** A verb as "he/she" takes it: have -> has, see -> sees, teach -> teaches, carry -> carries; a past form stays. */
export function thirdPerson(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular: Record<string, string> = { have: 'has', are: 'is', were: 'was', do: 'does', go: 'goes' };
  if (irregular[lower]) return irregular[lower];
  if (/ed$/.test(lower) || ['understood', 'saw', 'did', 'had', 'made', 'took', 'felt', 'knew', 'found', 'got', 'led', 'gave', 'told'].includes(lower)) return verb;
  if (/(s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function keepCase(original: string, word: string): string {
  return /^[A-Z]/.test(original) && /^[a-z]/.test(word) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** The name a lead's prompts use: the first word of the profile's name, else "this person". */
export function callName(name: string | undefined): string {
  const first = typeof name === 'string' ? name.trim().split(/\s+/)[0] : undefined;
  return first ? first : 'this person';
}
