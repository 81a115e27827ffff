import { describe, it, expect } from 'vitest';
import { checkFramework } from '../../src/core/rules.js';
import type { FrameworkDocs, SourceDoc } from '../../src/core/docs.js';
import type { PathProblem } from '../../src/core/problems.js';
import type { Edge, FrameworkMeta, Question, Requirement, Role, Skill } from '../../src/core/types.js';

// ------------------------------------------------------------------------------------------- builders

function meta(overrides: Partial<FrameworkMeta> = {}): FrameworkMeta {
  return {
    name: 'Test framework',
    version: '1.0.0',
    scale: [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: `L${level}`, description: `Level ${level}` })),
    tracks: [
      { id: 'foundation', name: 'Foundation', kind: 'foundation', description: 'The shared ladder.' },
      { id: 'expert', name: 'Expert', kind: 'expert', description: 'Going deep.' },
      { id: 'management', name: 'Management', kind: 'management', description: 'Leading people.' },
    ],
    categories: [
      { id: 'technical', name: 'Technical' },
      { id: 'interpersonal', name: 'Interpersonal' },
    ],
    scoring: {
      readiness_threshold: 0.7,
      weights: { readiness: 0.6, fit: 0.4 },
      core_importance: 4,
      core_gap_gate: 2,
      close_threshold: 0.55,
      calibration_gap: 2,
      unknown_share_warning: 0.3,
    },
    ...overrides,
  };
}

function skill(id: string, overrides: Partial<Skill> = {}, file = `skills/${id}.yaml`): SourceDoc<Skill> {
  return {
    file,
    data: {
      id,
      name: id,
      category: 'technical',
      description: `About ${id}.`,
      question: `How good are you at ${id}?`,
      anchors: { '1': 'a', '2': 'b', '3': 'c', '4': 'd', '5': 'e' },
      develop: [{ kind: 'practice', action: 'Practise.' }],
      ...overrides,
    },
  };
}

const req = (skillId: string, level: number, importance = 3): Requirement => ({ skill: skillId, level, importance });
const promotion = (role: string): Edge => ({ role, type: 'promotion' });
const lateral = (role: string): Edge => ({ role, type: 'lateral' });

function role(id: string, overrides: Partial<Role> = {}, file = `roles/${id}.yaml`): SourceDoc<Role> {
  return {
    file,
    data: {
      id,
      title: id,
      level: 1,
      track: 'foundation',
      summary: `The ${id}.`,
      responsibilities: ['Work.'],
      how_to_get_here: ['Learn.'],
      skills: [req('troubleshooting', 2)],
      ...overrides,
    },
  };
}

function questions(list: Question[]): SourceDoc<{ questions: Question[] }> {
  return { file: 'questions.yaml', data: { questions: list } };
}

/** A small framework with no problems: an entry role, a promotion to the fork, the expert and management roles. */
function validDocs(): FrameworkDocs {
  return {
    framework: { file: 'framework.yaml', data: meta() },
    skills: [skill('troubleshooting'), skill('communication', { category: 'interpersonal' }), skill('coaching', { category: 'interpersonal' })],
    roles: [
      role('technician', { entry: true, skills: [req('troubleshooting', 2), req('communication', 2)], next: [promotion('analyst')] }),
      role('analyst', { level: 2, skills: [req('troubleshooting', 3), req('communication', 3)], next: [promotion('specialist'), promotion('team-lead')] }),
      role('specialist', { level: 3, track: 'expert', skills: [req('troubleshooting', 4), req('communication', 3)], next: [lateral('team-lead')] }),
      role('team-lead', { level: 3, track: 'management', skills: [req('coaching', 3), req('communication', 4)], next: [lateral('specialist')] }),
    ],
    questions: questions([
      { id: 'deep', type: 'agree', text: 'I like going deep.', weights: { expert: 1, management: -0.5 } },
      {
        id: 'day',
        type: 'choice',
        text: 'A good day is...',
        options: [
          { id: 'people', label: 'Helping my team', weights: { management: 1 } },
          { id: 'tickets', label: 'Closing tickets', weights: { foundation: 0.5 } },
        ],
      },
    ]),
    brokenIds: { skills: [], roles: [] },
  };
}

/** The valid docs, changed by `edit` (on a deep copy). */
function docsWith(edit: (docs: FrameworkDocs) => void): FrameworkDocs {
  const docs = structuredClone(validDocs());
  edit(docs);
  return docs;
}

function roleIn(docs: FrameworkDocs, id: string): Role {
  const found = docs.roles.find((d) => d.data.id === id);
  if (!found) throw new Error(`no role ${id} in the fixture`);
  return found.data;
}

function skillIn(docs: FrameworkDocs, id: string): Skill {
  const found = docs.skills.find((d) => d.data.id === id);
  if (!found) throw new Error(`no skill ${id} in the fixture`);
  return found.data;
}

function fw(docs: FrameworkDocs): FrameworkMeta {
  if (!docs.framework) throw new Error('no framework in the fixture');
  return docs.framework.data;
}

function rules(problems: PathProblem[]): string[] {
  return problems.map((p) => p.rule);
}

/** The problems of one rule, with a readable failure when the rule did not fire. */
function only(problems: PathProblem[], rule: string): PathProblem[] {
  const found = problems.filter((p) => p.rule === rule);
  expect(found, `expected ${rule} among ${JSON.stringify(rules(problems))}`).not.toHaveLength(0);
  return found;
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- tests

describe('checkFramework', () => {
  it('finds nothing wrong with a valid framework', () => {
    expect(checkFramework(validDocs())).toEqual([]);
  });

  it('missing-framework: reports a missing framework.yaml once, without cascading', () => {
    const problems = checkFramework(docsWith((d) => delete d.framework));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'framework.yaml', path: [], severity: 'error', rule: 'missing-framework' }),
    ]);
  });

  describe('duplicate-id', () => {
    it('reports a skill id declared twice on the later file, naming the first', () => {
      const problems = checkFramework(docsWith((d) => d.skills.push(skill('coaching', {}, 'skills/z-coaching.yaml'))));
      const [p] = only(problems, 'duplicate-id');
      expect(p).toMatchObject({ file: 'skills/z-coaching.yaml', path: ['id'], severity: 'error' });
      expect(p!.message).toContain('skills/coaching.yaml');
    });

    it('reports a role id declared twice', () => {
      const problems = checkFramework(docsWith((d) => d.roles.push(role('analyst', { level: 2 }, 'roles/z-analyst.yaml'))));
      expect(only(problems, 'duplicate-id')).toEqual([
        expect.objectContaining({ file: 'roles/z-analyst.yaml', path: ['id'], severity: 'error' }),
      ]);
    });

    it('reports duplicate tracks, categories and scale levels in framework.yaml', () => {
      const problems = checkFramework(
        docsWith((d) => {
          const m = fw(d);
          m.tracks.push({ ...m.tracks[1]! });
          m.categories.push({ ...m.categories[0]! });
          m.scale[5] = { ...m.scale[5]!, level: 4 };
        }),
      );
      const found = only(problems, 'duplicate-id');
      expect(found.map((p) => [p.file, p.path, p.severity])).toEqual([
        ['framework.yaml', ['categories', 2, 'id'], 'error'],
        ['framework.yaml', ['scale', 5, 'level'], 'error'],
        ['framework.yaml', ['tracks', 3, 'id'], 'error'],
      ]);
      expect(found[2]!.message).toContain('tracks[1]');
    });

    it('reports duplicate questions and duplicate options within a question', () => {
      const problems = checkFramework(
        docsWith((d) => {
          const list = d.questions!.data.questions;
          list.push({ id: 'deep', type: 'agree', text: 'Again.', weights: { expert: 1 } });
          const choice = list[1]!;
          if (choice.type === 'choice') choice.options.push({ id: 'people', label: 'Again', weights: { management: 1 } });
        }),
      );
      expect(only(problems, 'duplicate-id').map((p) => [p.file, p.path])).toEqual([
        ['questions.yaml', ['questions', 1, 'options', 2, 'id']],
        ['questions.yaml', ['questions', 2, 'id']],
      ]);
    });
  });

  describe('unknown-reference', () => {
    it('reports an unknown skill in a requirement, with a suggestion', () => {
      const problems = checkFramework(docsWith((d) => (roleIn(d, 'team-lead').skills[0]!.skill = 'coachng')));
      const [p] = only(problems, 'unknown-reference');
      expect(p).toMatchObject({ file: 'roles/team-lead.yaml', path: ['skills', 0, 'skill'], severity: 'error' });
      expect(p!.message).toBe('unknown skill "coachng" (did you mean "coaching"?)');
    });

    it('reports an unknown next role, with a suggestion', () => {
      const problems = checkFramework(docsWith((d) => (roleIn(d, 'analyst').next![1]!.role = 'team-laed')));
      const [p] = only(problems, 'unknown-reference');
      expect(p).toMatchObject({ file: 'roles/analyst.yaml', path: ['next', 1, 'role'], severity: 'error' });
      expect(p!.message).toBe('unknown role "team-laed" (did you mean "team-lead"?)');
    });

    it('reports an unknown track on a role', () => {
      const problems = checkFramework(docsWith((d) => (roleIn(d, 'specialist').track = 'expret')));
      const [p] = only(problems, 'unknown-reference');
      expect(p).toMatchObject({ file: 'roles/specialist.yaml', path: ['track'], severity: 'error' });
      expect(p!.message).toBe('unknown track "expret" (did you mean "expert"?)');
    });

    it('reports an unknown category on a skill', () => {
      const problems = checkFramework(docsWith((d) => (skillIn(d, 'coaching').category = 'interpersonel')));
      const [p] = only(problems, 'unknown-reference');
      expect(p).toMatchObject({ file: 'skills/coaching.yaml', path: ['category'], severity: 'error' });
      expect(p!.message).toBe('unknown category "interpersonel" (did you mean "interpersonal"?)');
    });

    it('reports an unknown track in question and option weights, at the key', () => {
      const problems = checkFramework(
        docsWith((d) => {
          const [agree, choice] = d.questions!.data.questions;
          if (agree?.type === 'agree') agree.weights = { expret: 1, management: -0.5 };
          if (choice?.type === 'choice') choice.options[1]!.weights = { foundation: 0.5, mangement: 0.2 };
        }),
      );
      const found = only(problems, 'unknown-reference');
      expect(found).toEqual([
        expect.objectContaining({ file: 'questions.yaml', path: ['questions', 0, 'weights', 'expret'], atKey: true, severity: 'error' }),
        expect.objectContaining({ file: 'questions.yaml', path: ['questions', 1, 'options', 1, 'weights', 'mangement'], atKey: true }),
      ]);
      expect(found[0]!.message).toBe('unknown track "expret" (did you mean "expert"?)');
      expect(found[1]!.message).toBe('unknown track "mangement" (did you mean "management"?)');
    });

    it('gives no suggestion when nothing is close', () => {
      const problems = checkFramework(docsWith((d) => (roleIn(d, 'team-lead').skills[0]!.skill = 'budgeting')));
      expect(only(problems, 'unknown-reference')[0]!.message).toBe('unknown skill "budgeting"');
    });
  });

  it('scale-levels: reports a scale missing a level', () => {
    const problems = checkFramework(docsWith((d) => fw(d).scale.splice(3, 1)));
    const [p] = only(problems, 'scale-levels');
    expect(p).toMatchObject({ file: 'framework.yaml', path: ['scale'], severity: 'error' });
    expect(p!.message).toContain('missing 3');
  });

  it('target-out-of-scale: checks targets against the highest scale level', () => {
    const problems = checkFramework(docsWith((d) => fw(d).scale.pop()));
    // specialist needs troubleshooting at 4, still inside a 0..4 scale; nothing needs 5 in the fixture
    expect(rules(problems)).not.toContain('target-out-of-scale');
    const higher = checkFramework(
      docsWith((d) => {
        fw(d).scale.pop();
        roleIn(d, 'team-lead').skills[1]!.level = 5;
      }),
    );
    expect(only(higher, 'target-out-of-scale')).toEqual([
      expect.objectContaining({ file: 'roles/team-lead.yaml', path: ['skills', 1, 'level'], severity: 'error' }),
    ]);
  });

  it('target-out-of-scale: reports a target below 1', () => {
    const problems = checkFramework(docsWith((d) => (roleIn(d, 'technician').skills[0]!.level = 0)));
    expect(only(problems, 'target-out-of-scale')).toEqual([
      expect.objectContaining({ file: 'roles/technician.yaml', path: ['skills', 0, 'level'], severity: 'error' }),
    ]);
  });

  it('no-required-skills: reports a role with no requirements', () => {
    const problems = checkFramework(
      docsWith((d) => {
        roleIn(d, 'team-lead').skills = [];
        d.skills = d.skills.filter((s) => s.data.id !== 'coaching');
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'roles/team-lead.yaml', path: ['skills'], severity: 'error', rule: 'no-required-skills' }),
    ]);
  });

  it('duplicate-requirement: reports the second listing of a skill in a role', () => {
    const problems = checkFramework(docsWith((d) => roleIn(d, 'analyst').skills.push(req('troubleshooting', 3))));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'roles/analyst.yaml', path: ['skills', 2, 'skill'], severity: 'error', rule: 'duplicate-requirement' }),
    ]);
  });

  it('self-reference: reports a role listing itself as next', () => {
    const problems = checkFramework(docsWith((d) => roleIn(d, 'analyst').next!.push(promotion('analyst'))));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'roles/analyst.yaml', path: ['next', 2, 'role'], severity: 'error', rule: 'self-reference' }),
    ]);
  });

  describe('promotion-not-higher', () => {
    it('reports a promotion to a lower level and to the same level, at the edge type', () => {
      // team-lead is at level 3, analyst at 2, specialist at 3
      const problems = checkFramework(docsWith((d) => (roleIn(d, 'team-lead').next = [promotion('analyst'), promotion('specialist')])));
      const found = only(problems, 'promotion-not-higher');
      expect(found).toEqual([
        expect.objectContaining({ file: 'roles/team-lead.yaml', path: ['next', 0, 'type'], severity: 'error' }),
        expect.objectContaining({ file: 'roles/team-lead.yaml', path: ['next', 1, 'type'], severity: 'error' }),
      ]);
      expect(found[0]!.message).toBe(
        '"team-lead" (level 3) lists a promotion to "analyst" at level 2: a promotion must lead to a higher level (make it type: lateral, or fix the levels)',
      );
    });

    it('says nothing of lateral moves down, nor of promotions up', () => {
      const problems = checkFramework(docsWith((d) => roleIn(d, 'team-lead').next!.push(lateral('technician'))));
      expect(rules(problems)).not.toContain('promotion-not-higher');
      expect(checkFramework(docsWith(() => {}))).toEqual([]);
    });
  });

  it('duplicate-next-role: reports the second listing of a next role, whatever its type', () => {
    const problems = checkFramework(docsWith((d) => roleIn(d, 'analyst').next!.push(lateral(roleIn(d, 'analyst').next![0]!.role))));
    expect(only(problems, 'duplicate-next-role')).toEqual([
      expect.objectContaining({ file: 'roles/analyst.yaml', path: ['next', 2, 'role'], severity: 'error', message: expect.stringMatching(/is listed twice as a next role \(first at next\[0\]\)$/) }),
    ]);
  });

  describe('promotion-cycle', () => {
    it('reports a promotion cycle once, on the edge that closes it', () => {
      const problems = checkFramework(docsWith((d) => (roleIn(d, 'specialist').next = [promotion('technician')])));
      const found = only(problems, 'promotion-cycle');
      expect(found).toEqual([
        expect.objectContaining({ file: 'roles/specialist.yaml', path: ['next', 0, 'role'], severity: 'error' }),
      ]);
      expect(found[0]!.message).toBe('promotion cycle: technician -> analyst -> specialist -> technician');
    });

    it('allows lateral moves back and forth', () => {
      const problems = checkFramework(docsWith((d) => roleIn(d, 'specialist').next!.push(lateral('analyst'))));
      expect(problems).toEqual([]);
    });

    it('reports each distinct cycle once', () => {
      const problems = checkFramework(
        docsWith((d) => {
          roleIn(d, 'specialist').next = [promotion('analyst'), promotion('analyst')];
          roleIn(d, 'team-lead').next = [promotion('analyst')];
        }),
      );
      expect(only(problems, 'promotion-cycle').map((p) => p.message)).toEqual([
        'promotion cycle: analyst -> specialist -> analyst',
        'promotion cycle: analyst -> team-lead -> analyst',
      ]);
    });
  });

  it('no-entry-role: reports a framework with no entry role', () => {
    const problems = checkFramework(docsWith((d) => delete roleIn(d, 'technician').entry));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'framework.yaml', path: [], severity: 'error', rule: 'no-entry-role' }),
    ]);
  });

  it('unreachable-role: reports a role no entry role leads to', () => {
    const problems = checkFramework(
      docsWith((d) => d.roles.push(role('trainer', { level: 3, skills: [req('coaching', 3)] }))),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'roles/trainer.yaml', path: ['id'], severity: 'error', rule: 'unreachable-role' }),
    ]);
  });

  it('unreachable-role: follows lateral edges too', () => {
    const problems = checkFramework(
      docsWith((d) => {
        d.roles.push(role('trainer', { level: 3, skills: [req('coaching', 3)] }));
        roleIn(d, 'team-lead').next!.push(lateral('trainer'));
      }),
    );
    expect(problems).toEqual([]);
  });

  it('promotion-lowers-target: warns when a promotion needs less of a shared skill', () => {
    const problems = checkFramework(docsWith((d) => (roleIn(d, 'analyst').skills[1]!.level = 1)));
    const [p] = only(problems, 'promotion-lowers-target');
    expect(p).toMatchObject({ file: 'roles/analyst.yaml', path: ['skills', 1, 'level'], severity: 'warning' });
    expect(p!.message).toContain('level 2');
    expect(p!.message).toContain('"technician"');
    expect(problems).toHaveLength(1);
  });

  it('promotion-lowers-target: ignores lateral moves', () => {
    // team-lead -> specialist is lateral; specialist needs communication 3 < team-lead's 4
    expect(checkFramework(validDocs())).toEqual([]);
  });

  it('unused-skill: warns about a skill no role requires', () => {
    const problems = checkFramework(docsWith((d) => d.skills.push(skill('empathy', { category: 'interpersonal' }))));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'skills/empathy.yaml', path: ['id'], severity: 'warning', rule: 'unused-skill' }),
    ]);
  });

  it('weights-sum: reports scoring weights that do not add up to 1', () => {
    const problems = checkFramework(docsWith((d) => (fw(d).scoring.weights.fit = 0.5)));
    const [p] = only(problems, 'weights-sum');
    expect(p).toMatchObject({ file: 'framework.yaml', path: ['scoring', 'weights'], severity: 'error' });
    expect(p!.message).toContain('= 1.1');
    expect(problems).toHaveLength(1);
  });

  it('weights-sum: tolerates floating-point rounding', () => {
    const problems = checkFramework(docsWith((d) => (fw(d).scoring.weights = { readiness: 0.7, fit: 0.1 + 0.2 })));
    expect(problems).toEqual([]);
  });

  it('close-above-threshold: reports a close threshold above the readiness threshold', () => {
    const problems = checkFramework(docsWith((d) => (fw(d).scoring.close_threshold = 0.8)));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'framework.yaml', path: ['scoring', 'close_threshold'], severity: 'error', rule: 'close-above-threshold' }),
    ]);
  });

  describe('unweighted-track', () => {
    it('warns about a track no question favours', () => {
      const problems = checkFramework(
        docsWith((d) => {
          const choice = d.questions!.data.questions[1]!;
          if (choice.type === 'choice') choice.options[1]!.weights = { foundation: -0.5 };
        }),
      );
      expect(problems).toEqual([
        expect.objectContaining({ file: 'framework.yaml', path: ['tracks', 0], severity: 'warning', rule: 'unweighted-track' }),
      ]);
    });

    it('counts a negative agree weight (disagreeing favours the track)', () => {
      const problems = checkFramework(
        docsWith((d) => {
          const choice = d.questions!.data.questions[1]!;
          if (choice.type === 'choice') choice.options[0]!.weights = { expert: 0.2 };
        }),
      );
      // management is now weighed only by the agree question, negatively
      expect(problems).toEqual([]);
    });

    it('says nothing without a questions file', () => {
      expect(checkFramework(docsWith((d) => delete d.questions))).toEqual([]);
    });
  });

  it('file-name-mismatch: warns when a skill or role file is named differently from its id', () => {
    const problems = checkFramework(
      docsWith((d) => {
        d.skills[0]!.file = 'skills/troubleshootin.yml';
        d.roles[1]!.file = 'data\\roles\\senior-analyst.yaml';
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data\\roles\\senior-analyst.yaml', path: ['id'], severity: 'warning', rule: 'file-name-mismatch' }),
      expect.objectContaining({ file: 'skills/troubleshootin.yml', path: ['id'], severity: 'warning', rule: 'file-name-mismatch' }),
    ]);
  });

  it('file-name-mismatch: accepts .yml files named after the id', () => {
    const problems = checkFramework(docsWith((d) => (d.skills[0]!.file = 'skills/troubleshooting.yml')));
    expect(problems).toEqual([]);
  });

  describe('broken files', () => {
    it('does not report references to ids of files that failed their schema', () => {
      const problems = checkFramework(
        docsWith((d) => {
          // coaching.yaml and team-lead.yaml failed their schema check: only their ids are known
          d.skills = d.skills.filter((s) => s.data.id !== 'coaching');
          d.roles = d.roles.filter((r) => r.data.id !== 'team-lead');
          d.brokenIds = { skills: ['coaching'], roles: ['team-lead'] };
          roleIn(d, 'specialist').skills.push(req('coaching', 2));
          roleIn(d, 'specialist').next = [lateral('team-lead')];
        }),
      );
      expect(problems).toEqual([]);
    });

    it('does not report unreachable roles, a missing entry role or unused skills when a role file is broken', () => {
      const problems = checkFramework(
        docsWith((d) => {
          // technician.yaml, the only entry role, failed its schema check
          d.roles = d.roles.filter((r) => r.data.id !== 'technician');
          d.brokenIds.roles = ['technician'];
          d.skills.push(skill('empathy', { category: 'interpersonal' }));
        }),
      );
      expect(problems).toEqual([]);
    });
  });

  describe('determinism', () => {
    /** A framework with several problems of different rules in different files. */
    function faulty(): FrameworkDocs {
      return docsWith((d) => {
        roleIn(d, 'team-lead').skills[0]!.skill = 'coachng';
        roleIn(d, 'specialist').next = [promotion('technician'), lateral('team-lead')];
        roleIn(d, 'analyst').skills.push(req('troubleshooting', 1));
        d.skills.push(skill('empathy', { category: 'interpersonel' }));
        d.skills.push(skill('coaching', {}, 'skills/coaching-2.yaml'));
        d.roles.push(role('trainer', { level: 3, skills: [req('coaching', 3)] }));
        fw(d).scoring.close_threshold = 0.9;
      });
    }

    it('returns every problem, sorted by file, then path', () => {
      const problems = checkFramework(faulty());
      expect(new Set(rules(problems))).toEqual(
        new Set(['unknown-reference', 'promotion-cycle', 'duplicate-requirement', 'duplicate-id', 'unreachable-role', 'close-above-threshold', 'file-name-mismatch', 'unused-skill', 'promotion-lowers-target', 'promotion-not-higher']),
      );
      const keys = problems.map((p) => `${p.file}\u0000${p.path.join('.')}`);
      expect(keys).toEqual([...keys].sort());
    });

    it('does not depend on the order of files', () => {
      const expected = checkFramework(faulty());
      for (const seed of [1, 2, 3, 42, 1234]) {
        const docs = faulty();
        docs.skills = shuffle(docs.skills, seed);
        docs.roles = shuffle(docs.roles, seed + 7);
        expect(checkFramework(docs)).toEqual(expected);
      }
    });

    it('does not change its input', () => {
      const docs = faulty();
      const copy = structuredClone(docs);
      checkFramework(docs);
      expect(docs).toEqual(copy);
    });
  });
});
