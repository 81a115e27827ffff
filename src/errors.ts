import { neutralise } from './render/neutral.js';

// Errors that end a command, each with its documented exit code. Only the CLI entry point turns them into
// an exit status; everything below it throws or returns.

export const EXIT = {
  ok: 0,
  /** Findings: invalid data, or some inputs failed. */
  findings: 1,
  /** Usage error or fatal: bad flag, missing file or folder, no terminal for a prompt. */
  usage: 2,
  /** Cancelled with Ctrl-C. */
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user can fix: printed as one line (no stack trace), with its exit code. */
export class RungsError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
    /** A second line telling the user what to do next. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'RungsError';
  }
}

/** The person pressed Ctrl-C (or the terminal went away) during a prompt. */
export class CancelledError extends RungsError {
  constructor(message = 'cancelled') {
    super(message, EXIT.cancelled);
    this.name = 'CancelledError';
  }
}

export function errnoMessage(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file or folder${process.env.RUNGS_CWD_DELETED === '1' && !/^([\\/]|[A-Za-z]:)/.test(file) ? ' (the current folder was deleted)' : ''}`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied`;
    case 'EISDIR':
      return `${file}: is a folder, not a file`;
    case 'ENOTDIR':
      return `${file}: is not a folder`;
    case 'ENAMETOOLONG':
      return `${file}: the name is too long for the file system`;
    case 'ENOSPC':
      return `${file}: no space left on the device`;
    case 'EROFS':
      return `${file}: the file system is read-only`;
    case 'ELOOP':
      return `${file}: too many levels of symbolic links (a link loop?)`;
    default:
      return `${file}: ${(error as Error).message}`;
  }
}

// C0/C1 control characters (an ANSI escape sequence starts with one), from file names and data quoted in a
// message, must not reach the terminal: they could recolour it, move the cursor or retitle the window.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print on a terminal: control characters removed (tabs and newlines kept). */
export function printable(text: string): string {
  return neutralise(text.replace(CONTROL, ''));
}
