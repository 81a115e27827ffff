// `rungs assess`: the interactive questionnaire, then the advice. This module only checks for a terminal,
// loads the framework, loads the prompt library (a dynamic import, only once we know we can prompt) and
// prints; the questionnaire itself is src/cli/assess-flow.ts.
import { indexFramework } from '../../core/index-framework.js';
import { EXIT, RungsError } from '../../errors.js';
import type { FormatOf } from '../../render/formats.js';
import { render } from '../../render/registry.js';
import { isCancel } from '../../prompts/adapter.js';
import { offerSave, resumeCommand, runAssessment, shellQuote, terminalHangup } from '../assess-flow.js';
import { activeFramework, emit, maxFileBytes, renderContext, type CommonOptions } from '../context.js';
import { resolve } from 'node:path';

/**
 * The terminal closed mid-questionnaire (SIGHUP, or EOF on the terminal): once the answers so far are saved, the
 * process ends the way an unhandled SIGHUP would, by re-raising it, so the exit status is 129 (128 + signal 1)
 * and a parent can tell a hang-up from a Ctrl-C (130). Exiting normally instead would crash on Node 20: its exit
 * code aborts when it cannot restore the settings of a terminal that is gone (nodejs/node#51519, fixed in 22+).
 */
export const EXIT_HANGUP = 129;

/**
 * Ends the process as an unhandled SIGHUP would. Our SIGHUP listener is gone by now, and the prompt library's
 * with the last prompt: the signal is fatal. Windows has no SIGHUP to send (process.kill throws ENOSYS for it;
 * closing a console window reaches Node as SIGHUP, but cannot be raised): there, the same status is returned.
 */
export function raiseHangup(platform: NodeJS.Platform = process.platform, kill: (pid: number, signal: string) => unknown = process.kill.bind(process)): number {
  if (platform !== 'win32') kill(process.pid, 'SIGHUP');
  return EXIT_HANGUP;
}

export interface AssessCliOptions extends CommonOptions {
  save?: string;
  resume?: string;
  quick?: boolean;
  force?: boolean;
}

function savedLine(file: string): string {
  return `rungs: saved your answers to ${file}\n  see this advice again: rungs recommend ${shellQuote(file)}\n  retake it later:       rungs assess --resume ${shellQuote(file)}`;
}

export async function run(_args: string[], options: AssessCliOptions): Promise<number> {
  // Before anything else, and before the prompt library loads: with piped stdin Inquirer would read the pipe
  // and then throw; a closed stdin would hang or crash it.
  if (!process.stdin.isTTY) {
    throw new RungsError('assess needs an interactive terminal', EXIT.usage, 'answer in a file and run: rungs recommend <file>');
  }
  const target = options.save ?? options.resume;
  if (options.output && target && resolve(options.output) === resolve(target)) {
    throw new RungsError(`${options.output}: -o and the profile file are the same file`, EXIT.usage, 'write the advice (-o) and the answers (--save) to different files');
  }
  const index = indexFramework(await activeFramework(options));
  const { createInquirerPrompter } = await import('../../prompts/inquirer.js');
  const prompter = createInquirerPrompter({ output: process.stderr });
  const say = (line: string) => process.stderr.write(`${line}\n`);

  const result = await runAssessment(prompter, index, {
    ...(options.save !== undefined ? { save: options.save } : {}),
    ...(options.resume !== undefined ? { resume: options.resume } : {}),
    quick: options.quick === true,
    force: options.force === true,
    log: say,
    onHangup: terminalHangup(process.stdin),
    maxFileBytes: maxFileBytes(options),
  });

  if (result.cancelled) {
    const kept = result.conflict ? ` (${result.conflict} appeared meanwhile and was left alone)` : '';
    say(
      result.saved
        ? `rungs: cancelled; answers so far saved to ${result.saved}${kept} (continue with: ${resumeCommand(result.saved, result.profile)})`
        : 'rungs: cancelled',
    );
    if (result.hangup) return raiseHangup();
    return EXIT.cancelled;
  }

  if (result.saved && !result.conflict) say(savedLine(result.saved));
  if (!options.output && process.stdout.isTTY) say(''); // a blank line between the questions and the advice
  const text = await render('advice', options.format as FormatOf<'advice'>, result.advice!, renderContext(options, Boolean(options.output)));
  emit(text, options, result.saved ? [result.saved] : []);
  if (!result.saved) {
    // Nothing lost: the answers are offered a file once the advice is on screen.
    say('');
    try {
      const file = await offerSave(prompter, result.profile!);
      say(file ? savedLine(file) : 'rungs: answers not saved (next time: rungs assess --save me.yaml)');
    } catch (error) {
      if (!isCancel(error)) throw error;
      say('rungs: answers not saved');
    }
  }
  if (result.conflict) {
    throw new RungsError(
      `${result.conflict}: appeared while the questionnaire ran; refusing to overwrite it, so your answers were saved to ${result.saved} instead`,
      EXIT.usage,
      `compare the two files, then keep the one you want`,
    );
  }
  return EXIT.ok;
}
