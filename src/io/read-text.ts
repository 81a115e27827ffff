// Reading one data file as text, with every way it can fail turned into a problem (never a throw).
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from '../core/problems.js';
import { errnoMessage } from '../errors.js';

/** Reads a text file; on failure records a problem and returns undefined. */
export function readText(abs: string, file: string, maxBytes: number, problems: Problem[]): string | undefined {
  try {
    const size = statSync(abs).size;
    if (size > maxBytes) {
      problems.push({
        file,
        line: 0,
        column: 0,
        severity: 'error',
        rule: 'file-too-large',
        message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB (raise it with --max-file-size)`,
      });
      return undefined;
    }
    const buffer = readFileSync(abs);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'the file is not valid UTF-8 text' : errnoMessage(error, file).replace(/^[^:]*: /, '');
    problems.push({ file, line: 0, column: 0, severity: 'error', rule: 'unreadable', message });
    return undefined;
  }
}
