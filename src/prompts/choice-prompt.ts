// The choice prompt of `rungs assess`, on @inquirer/core: the list fits the terminal (layout.ts); a level's
// digit or `n` answers at once; ← goes back one question where that is offered; `?` shows the highlighted
// choice's text in full; nothing is highlighted until a key is pressed unless there is an earlier answer.
import { styleText } from 'node:util';
import { createPrompt, isDownKey, isEnterKey, isUpKey, useKeypress, usePrefix, useState } from '@inquirer/core';
import { BACK, type Choice } from './adapter.js';
import { fitLine, layoutSelect } from './layout.js';
import { displayWidth } from '../render/width.js';

export interface ChoicePromptConfig {
  message: string;
  choices: Choice<unknown>[];
  default?: unknown;
  back?: boolean;
  columns: number;
  rows: number;
  colour: boolean;
}

export const choicePrompt = createPrompt<unknown, ChoicePromptConfig>((config, done) => {
  const { choices } = config;
  const start = 'default' in config ? choices.findIndex((c) => Object.is(c.value, config.default)) : -1;
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [active, setActive] = useState(start);
  const [expanded, setExpanded] = useState(false);
  const [answer, setAnswer] = useState('');
  const prefix = usePrefix({ status });

  useKeypress((key, rl) => {
    const finish = (value: unknown, label: string) => {
      setAnswer(label);
      setStatus('done');
      done(value);
    };
    if (isEnterKey(key)) {
      if (active >= 0) finish(choices[active]!.value, choices[active]!.short ?? choices[active]!.name);
      return;
    }
    if (isUpKey(key)) {
      setActive(active <= 0 ? 0 : active - 1);
      setExpanded(false);
      return;
    }
    if (isDownKey(key)) {
      setActive(active < 0 ? 0 : Math.min(choices.length - 1, active + 1));
      setExpanded(false);
      return;
    }
    if (key.name === 'left' && config.back) {
      finish(BACK, '← back');
      return;
    }
    // What was typed is on the line (a terminal's "?" has no key name); nothing there, nothing typed.
    const typed = rl.line.slice(-1).toLowerCase();
    rl.clearLine(0);
    if (!typed) return;
    if (typed === '?') {
      setExpanded(!expanded);
      return;
    }
    const chosen = choices.find((c) => c.key !== undefined && c.key.toLowerCase() === typed);
    if (chosen) finish(chosen.value, chosen.short ?? chosen.name);
  });

  const firstLine = config.message.split('\n')[0]!;
  const bold = (s: string) => (config.colour ? styleText('bold', s) : s);
  if (status === 'done') {
    // One line, within the width: the answer shortened at a word if need be (the prompt library would wrap mid-word).
    const room = Math.max(12, config.columns - 1 - 2 - displayWidth(firstLine) - 1);
    const shown = fitLine(answer, room);
    return `${prefix} ${bold(firstLine)} ${config.colour ? styleText('cyan', shown) : shown}`;
  }
  const { lines, owner, messageLines } = layoutSelect({ message: config.message, choices, active, expanded, back: config.back === true, columns: config.columns, rows: config.rows });
  return lines
    .map((line, i) => {
      if (i === 0) return `${prefix} ${bold(line)}`;
      if (!config.colour) return line;
      if (owner[i] === active && active >= 0) return styleText('cyan', line);
      if (owner[i] === -1 && i >= messageLines) return styleText('dim', line);
      return line;
    })
    .join('\n');
});
