// The quick way to a profile: JSON.parse or the simple-YAML fast path, the profile schema and the framework
// checks, without loading the YAML parser. It answers only when the profile is clean; anything to report
// (a problem needs a line and column) goes to the full path in profile.ts.
import type { FrameworkIndex } from '../core/index-framework.js';
import { checkProfileListed } from '../core/profile-rules.js';
import type { Profile } from '../core/types.js';
import { validate } from '../generated/profile.js';
import { fastYaml } from './fast-yaml.js';
import { jsonDuplicateKey } from './json-position.js';

export function quickProfile(text: string, file: string, index: FrameworkIndex): Profile | undefined {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  if (/\.json$/i.test(file) || file === '<stdin>' && /^\s*\{/.test(source)) {
    try {
      data = JSON.parse(source);
    } catch {
      return undefined;
    }
    if (jsonDuplicateKey(source) >= 0) return undefined; // the full path reports it, at its line and column
  } else data = fastYaml(source);
  if (data === undefined || !validate(data)) return undefined;
  const profile = data as Profile;
  const { unlisted } = checkProfileListed(index, profile, file, 0); // clean or not: no message is built
  return unlisted.length === 0 ? profile : undefined;
}
