import { pathTree } from '../../core/browse.js';
import type { CommonOptions } from '../context.js';
import { runView } from '../view-command.js';

export function run(_args: string[], options: CommonOptions & { from?: string }): Promise<number> {
  return runView('paths', options, (fw) => pathTree(fw, options.from));
}
