// Issue 11, item 10: the advice on a trainer's own framework (an IT service desk with a KCS track, written by
// hand in rungs' format) speaks in that framework's names: no default-framework ids, tracks or wording leak in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { recommend } from '../../src/core/recommend.js';
import { adviceFormatters } from '../../src/render/advice/index.js';
import { BIN, ROOT } from '../helpers/fixtures.js';
import { agree, edge, makeFramework, makeProfile, makeRole, makeSkill, req } from '../unit/builders.js';

const DESK = join(ROOT, 'test', 'fixtures', 'frameworks', 'it-service-desk');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('advice on a foreign framework', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rungs-desk-'));
  const profile = join(dir, 'sam.yaml');
  writeFileSync(
    profile,
    [
      'name: Sam',
      'current_role: desk-analyst',
      'ratings: { incident-logging: 3, caller-communication: 3, kcs-article-writing: 2 }',
      'preferences: { write-it-up: 5, hands-on: 2, run-the-shift: 3 }',
      '',
    ].join('\n'),
  );

  it('names tracks by the framework\'s names and never by ids or the default framework\'s words', () => {
    const r = run(['recommend', profile, '--data', DESK]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Service desk track');
    for (const leak of [/(?<!Service )desk track/, /kcs track/, /desk-leadership/, /expert path/i, /management path/i, /support/i]) {
      expect(r.stdout).not.toMatch(leak);
    }
    const json = JSON.parse(run(['recommend', profile, '--data', DESK, '-f', 'json']).stdout);
    expect(json.current_role).toMatchObject({ track: 'desk', track_name: 'Service desk' });
  });
});

describe('the fork on a framework whose expert-kind track is not called "Expert path"', () => {
  const fw = makeFramework({
    meta: {
      tracks: [
        { id: 'desk', name: 'Service desk', kind: 'foundation', description: 'The desk.', rewards: 'Quick fixes.' },
        { id: 'kcs', name: 'KCS', kind: 'expert', description: 'Knowledge.', rewards: 'Articles people find.' },
        { id: 'lead', name: 'Desk leadership', kind: 'management', description: 'Running the shift.', rewards: 'A desk that hits its targets.' },
      ],
    },
    skills: [makeSkill('kb', { name: 'KB writing' }), makeSkill('shift', { name: 'Shift running' })],
    roles: [
      makeRole('analyst', { track: 'desk', level: 2, skills: [req('kb', 2, 5), req('shift', 2, 4)], next: [edge('publisher'), edge('shift-lead')] }),
      makeRole('publisher', { title: 'KCS Publisher', track: 'kcs', level: 3, skills: [req('kb', 3, 5), req('shift', 1, 4)] }),
      makeRole('shift-lead', { title: 'Shift Lead', track: 'lead', level: 3, skills: [req('kb', 2, 4), req('shift', 3, 5)] }),
    ],
    questions: [agree('q', { kcs: 1, lead: -1 }, 'I like writing it up')],
  });
  const advice = recommend(indexFramework(fw), makeProfile({ current_role: 'analyst', ratings: { kb: 3, shift: 2 }, preferences: { q: 5 } }));

  it('labels the sides and the leaning by the tracks\' names', () => {
    const text = adviceFormatters.text(advice, { color: false, width: 100 });
    expect(text).toContain('The KCS path or the Desk leadership path?');
    expect(text).toContain('KCS track · KCS Publisher');
    expect(text).not.toMatch(/Expert path|Management path|expert path|management path/);
    expect(advice.reasons.join(' ')).toContain('both of its core skills');
    expect(advice.reasons.join(' ')).not.toMatch(/all 2 of/);
  });
});
