import { findTrack, roleRows } from '../../core/browse.js';
import type { CommonOptions } from '../context.js';
import { runView } from '../view-command.js';

export function run(_args: string[], options: CommonOptions & { track?: string }): Promise<number> {
  return runView('roles', options, (fw) => {
    if (options.track) findTrack(fw, options.track);
    return roleRows(fw, options.track);
  });
}
