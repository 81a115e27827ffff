// Output made as lines (an array joined with "\n" at the end) but written in pieces as it grows: a team's table
// is 400,000 lines at 100,000 people, too much to hold and join. `push` is the array's, so code that appends to
// an array of lines appends to this the same way.
import type { Sink } from './formats.js';

/** About this many characters are written at a time. */
const PIECE = 1 << 16;

export class LineWriter {
  private batch: string[] = [];
  private size = 0;
  private started = false;

  constructor(private readonly write: Sink) {}

  /** Appends lines (each may hold several, joined with "\n"). */
  push(...lines: string[]): number {
    for (const line of lines) {
      this.batch.push(line);
      this.size += line.length;
    }
    if (this.size >= PIECE) this.flush();
    return 0;
  }

  /** Writes what is held: the text so far is exactly the lines pushed, joined with "\n". */
  flush(): void {
    if (this.batch.length === 0) return;
    const text = this.batch.join('\n');
    this.write(this.started ? `\n${text}` : text);
    this.started = true;
    this.batch = [];
    this.size = 0;
  }
}

/** What code that appends lines needs of its target: an array of lines, or a LineWriter. */
export interface Lines {
  push(...lines: string[]): number;
}
