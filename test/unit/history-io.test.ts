// A history saved to disk, read back and re-assessed ten times: nothing of an earlier assessment is lost or
// changed, the file stays valid against the profile schema, and progress reads it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withPrevious } from '../../src/core/history.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { progress } from '../../src/core/progress.js';
import type { Profile } from '../../src/core/types.js';
import { validate } from '../../src/generated/profile.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { profileToYaml, readProfileFile } from '../../src/io/profile.js';
import { parseYamlText } from '../../src/io/yaml.js';
import { cleanTempDirs, DATA, tempDir } from '../helpers/fixtures.js';

afterAll(cleanTempDirs);

const index = indexFramework(loadFramework(DATA).framework!);
const skills = index.skillIds.slice(0, 12);

/** The n-th assessment: every skill moves with n, some not sure; the lead rates every other time. */
function assessment(n: number): Profile {
  const profile: Profile = {
    name: 'Ana Ruiz',
    current_role: 'support-technician',
    assessed_on: `2026-${String(n + 1).padStart(2, '0')}-15`,
    framework_version: index.framework.meta.version,
    ratings: Object.fromEntries(skills.map((id, i) => [id, (n + i) % 7 === 6 ? null : (n + i) % 6])),
    evidence: { [skills[0]!]: `Evidence #${n}: "quoted", with a colon: and a # hash` },
  };
  if (n % 2 === 0) {
    profile.manager_ratings = { [skills[1]!]: n % 6 };
    profile.manager_assessed_on = `2026-${String(n + 1).padStart(2, '0')}-20`;
  }
  return profile;
}

describe('a saved history', () => {
  it('survives ten re-assessments through the file, and validates against the profile schema', () => {
    const file = join(tempDir(), 'ana.yaml');
    writeFileSync(file, profileToYaml(assessment(0), '../schemas/profile.schema.json'));
    for (let n = 1; n <= 10; n++) {
      const read = readProfileFile(file, index);
      expect(read.ok && read.warnings).toEqual([]);
      if (!read.ok) return;
      writeFileSync(file, profileToYaml(withPrevious(read.profile, assessment(n)), '../schemas/profile.schema.json'));
    }
    const text = readFileSync(file, 'utf8');
    const data = parseYamlText(text, file).data as Profile;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    // Ten earlier assessments, oldest first, each exactly as it was saved (dates still strings, nulls kept).
    expect(data.history).toHaveLength(10);
    data.history!.forEach((entry, n) => {
      const { name: _name, ...expected } = assessment(n);
      expect(entry).toEqual(expected);
    });
    expect(data.ratings).toEqual(assessment(10).ratings);
    // The full reader takes it with no problem, and progress compares the last two.
    const read = readProfileFile(file, index);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const p = progress(index, read.profile);
    expect([p.from, p.to, p.history_length]).toEqual(['2026-10-15', '2026-11-15', 10]);
    expect(p.self.up.length + p.self.down.length + p.self.newly_rated.length + p.self.no_longer_rated.length).toBeGreaterThan(0);
    // YAML 1.1 readers keep the dates as strings: they are quoted in history too.
    expect(text).toContain('  - assessed_on: "2026-01-15"');
  });
});

describe('assess --resume of a finished profile', () => {
  it('keeps the previous assessment (and its history) in history, and the lead ratings with their date', async () => {
    const { runAssessment } = await import('../../src/cli/assess-flow.js');
    const { ScriptedPrompter } = await import('../../src/prompts/adapter.js');
    const file = join(tempDir(), 'ben.yaml');
    const source = readFileSync(join(DATA, '..', 'test', 'fixtures', 'history', 'ben-okafor.yaml'), 'utf8');
    writeFileSync(file, source);
    const before = readProfileFile(file, index);
    if (!before.ok) throw new Error('fixture');
    // Every question answered with its default (the earlier answer): a retake that changes nothing but the date.
    const result = await runAssessment(new ScriptedPrompter([], { thenDefaults: true }), index, { resume: file, today: '2026-12-01' });
    expect(result.cancelled).toBeFalsy();
    const after = readProfileFile(file, index);
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    expect(after.profile.assessed_on).toBe('2026-12-01');
    expect(after.profile.history!.map((e) => e.assessed_on)).toEqual(['2025-05-14', '2025-11-20', '2026-05-20']);
    expect(after.profile.history!.at(-1)!.ratings).toEqual(before.profile.ratings);
    expect(after.profile.history!.at(-1)!.manager_ratings).toEqual(before.profile.manager_ratings);
    expect(after.profile.manager_assessed_on).toBe('2026-05-22');
    expect(progress(index, after.profile).from).toBe('2026-05-20');
  });
});
