// PLACEHOLDER until its issue lands.
import { RungsError } from '../../errors.js';
export function run(): number {
  throw new RungsError('not implemented yet');
}
