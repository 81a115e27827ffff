// The questionnaire ends early, answers saved, on every catchable termination: the terminal going away (SIGHUP,
// or EOF on it: terminalHangup) and `kill -INT`, `-TERM` or `-QUIT` from outside. (Ctrl-C typed in the prompt is
// a keystroke in raw mode, handled by the prompt itself.) Which signal came is remembered, so that once the
// answers are saved the process can end by that same signal (exit 128 + its number).
import { terminalHangup } from './assess-flow.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGQUIT'] as const;

export interface Termination {
  /** For runAssessment's `onHangup`: subscribes `trigger` to every termination; returns the unsubscribe. */
  subscribe: (trigger: () => void) => () => void;
  /** The signal that ended the questions; SIGHUP for the terminal going away; undefined if none came. */
  signal(): NodeJS.Signals | undefined;
}

export function termination(input: NodeJS.ReadableStream = process.stdin): Termination {
  let received: NodeJS.Signals | undefined;
  return {
    subscribe(trigger) {
      const unsubscribeHangup = terminalHangup(input)(() => {
        received ??= 'SIGHUP';
        trigger();
      });
      // `on`, not `once`, for the reason terminalHangup gives: the prompt library's signal-exit must keep seeing
      // another listener, or it re-sends the signal and the process dies before the save.
      const listeners = SIGNALS.map((signal) => {
        const listener = () => {
          received ??= signal;
          trigger();
        };
        process.on(signal, listener);
        return [signal, listener] as const;
      });
      return () => {
        unsubscribeHangup();
        for (const [signal, listener] of listeners) process.removeListener(signal, listener);
      };
    },
    signal: () => received,
  };
}
