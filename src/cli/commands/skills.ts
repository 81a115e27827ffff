import { findCategory, skillRows } from '../../core/browse.js';
import type { CommonOptions } from '../context.js';
import { runView } from '../view-command.js';

export function run(_args: string[], options: CommonOptions & { category?: string }): Promise<number> {
  return runView('skills', options, (fw) => {
    if (options.category) findCategory(fw, options.category);
    return skillRows(fw, options.category);
  });
}
