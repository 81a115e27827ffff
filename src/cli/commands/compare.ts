import { compareRoles } from '../../core/browse.js';
import type { CommonOptions } from '../context.js';
import { runView } from '../view-command.js';

export function run([a, b]: string[], options: CommonOptions): Promise<number> {
  return runView('compare', options, (fw) => compareRoles(fw, a!, b!));
}
