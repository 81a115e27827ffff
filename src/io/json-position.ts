// Where a JSON text first goes wrong. V8 names the offset for some syntax errors and not for others
// ("Unexpected token 'x', ... is not valid JSON"); a small strict scanner finds it every time. It runs only
// after JSON.parse has failed, so its speed does not matter.

export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) ((i += k), fail());
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? '')) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || m[0] === '-' || m[0] === '') fail();
    i += m![0].length;
  };
  const scalar = () => {
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail();
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
  };
  // The open objects and lists are kept on a stack of their own, not the call stack: an unclosed nesting
  // 100,000 deep overflowed a recursive scanner.
  const value = (): void => {
    const open: ('{' | '[')[] = [];
    for (;;) {
      ws();
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        i++;
        ws();
        if (text[i] !== (ch === '{' ? '}' : ']')) {
          open.push(ch);
          if (ch === '{') key();
          continue;
        }
        i++;
      } else scalar();
      // A value is complete: close what ends here, up to the next value.
      for (;;) {
        const top = open[open.length - 1];
        if (top === undefined) return;
        ws();
        if (text[i] === ',') {
          i++;
          if (top === '{') key();
          break;
        }
        if (text[i] !== (top === '{' ? '}' : ']')) fail();
        i++;
        open.pop();
      }
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
  return text.length;
}

/**
 * The offset of the first key that repeats an earlier key of the same object, or -1. JSON.parse keeps the last
 * silently (`{"current_role":"a","current_role":"b"}` is b); YAML reports it, and JSON must too. `text` is
 * valid JSON (JSON.parse accepted it), so this only tracks strings and nesting: one pass, no recursion.
 */
export function jsonDuplicateKey(text: string): number {
  // Most objects have no repeated key and no string escapes: keys are compared as the raw text between quotes.
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* \ */) {
          escaped = true;
          j++;
        } else if (d === 0x22) break;
      }
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const raw = text.slice(i + 1, j);
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : raw;
        if (keys.has(key)) return i;
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return -1;
}
