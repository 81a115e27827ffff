// The ASCII stand-ins for a terminal whose locale is not UTF-8 (LANG=C): one character for one, each as wide as
// the character it replaces, so that tables keep their columns. Applied to the whole of a terminal format's
// output (src/render/registry.ts), so no formatter needs a second set of symbols.
const ONE_FOR_ONE: Record<string, string> = {
  '─': '-', '━': '-', '╌': '-', '│': '|', '┃': '|',
  '┌': '+', '┐': '+', '└': '+', '┘': '+', '├': '+', '┤': '+', '┬': '+', '┴': '+', '┼': '+',
  '✔': '+', '✓': '+', '✘': 'x', '✖': 'x', '✗': 'x',
  '→': '>', '←': '<', '↔': '~', '↑': '^', '↓': 'v',
  '◆': '*', '★': '*', '●': '#', '○': '-', '•': '*', '·': '.',
  '█': '#', '░': '.', '⚠': '!',
  '–': '-', '—': '-', '‘': "'", '’': "'", '“': '"', '”': '"', '…': '.', '≥': '>', '≤': '<', '−': '-', '×': 'x',
};
const SYMBOLS = new RegExp(`[${Object.keys(ONE_FOR_ONE).join('')}]`, 'g');

/** `text` with rungs' symbols, borders and typographic punctuation in ASCII; everything else unchanged. */
export function asciiSymbols(text: string): string {
  return text.replace(SYMBOLS, (ch) => ONE_FOR_ONE[ch]!);
}
