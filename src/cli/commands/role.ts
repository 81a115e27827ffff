import { roleDetail } from '../../core/browse.js';
import type { CommonOptions } from '../context.js';
import { runView } from '../view-command.js';

export function run([id]: string[], options: CommonOptions): Promise<number> {
  return runView('role', options, (fw) => roleDetail(fw, id!));
}
