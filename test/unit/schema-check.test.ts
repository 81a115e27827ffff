// Schema errors turned into messages people can act on, at the right place.
import { describe, expect, it } from 'vitest';
import { decodePointer, schemaProblems } from '../../src/io/schema-check.js';
import { parseYamlText } from '../../src/io/yaml.js';

const check = (kind: Parameters<typeof schemaProblems>[0], text: string) => schemaProblems(kind, parseYamlText(text, 'f.yaml'));

const role = (extra: string) =>
  `id: r\ntitle: R\nlevel: 3\ntrack: t\nsummary: s\nresponsibilities: [a]\nhow_to_get_here: [b]\nskills:\n  - { skill: x, level: 3, importance: 4 }\n${extra}`;

describe('schemaProblems', () => {
  it('accepts a valid file', () => {
    expect(check('role', role(''))).toEqual([]);
  });

  it('an enum value gets the allowed values and a suggestion', () => {
    const [p] = check('role', role('next:\n  - { role: a, type: promoton }\n'));
    expect(p).toMatchObject({ line: 11, column: 22, rule: 'schema' });
    expect(p!.message).toBe('"type" must be one of promotion, lateral (got "promoton"); did you mean "promotion"?');
  });

  it('an id that is not kebab-case says what an id must look like', () => {
    const [p] = check('role', role('').replace('id: r', 'id: Team Lead'));
    expect(p).toMatchObject({ line: 1, column: 5 });
    expect(p!.message).toBe('"id" must be a kebab-case id: lowercase letters and digits joined by single dashes (got "Team Lead")');
  });

  it('an unknown property deep inside a list item is named at its key', () => {
    const [p] = check('role', role('').replace('importance: 4 }', 'importance: 4, wieght: 2 }'));
    expect(p).toMatchObject({ line: 9, column: 42, message: 'unknown property "wieght" (allowed: skill, level, importance)' });
  });

  it('out-of-range numbers and empty lists', () => {
    const problems = check('role', role('').replace('level: 3\ntrack', 'level: 12\ntrack').replace('responsibilities: [a]', 'responsibilities: []'));
    expect(problems.map((p) => p.message)).toEqual(['"level" must be at most 9 (got 12)', '"responsibilities" needs at least 1 item']);
  });

  it('a choice question with weights: the property is named as not allowed there', () => {
    const text = 'questions:\n  - id: q\n    type: choice\n    text: T\n    weights: { expert: 1 }\n';
    const messages = check('questions', text).map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(messages).toEqual(['2:5 missing required property "options" in questions[0]', '5:5 property "weights" is not allowed here: a choice question weighs tracks in its options, not in weights']);
  });

  it('a leading-zero number where a string is expected hints to quote it', () => {
    const [p] = check('profile', 'current_role: 012\n');
    expect(p!.message).toBe('"current_role" must be a string (got 12): quote this value ("012") so YAML keeps it as written');
  });

  it('the file itself of the wrong type', () => {
    expect(check('profile', '- a\n- b\n')[0]!.message).toBe('the file must be a mapping (got a list)');
  });
});

describe('decodePointer', () => {
  it('splits a JSON pointer and decodes ~1 and ~0', () => {
    expect(decodePointer('')).toEqual([]);
    expect(decodePointer('/ratings/a~1b/c~0d')).toEqual(['ratings', 'a/b', 'c~d']);
  });
});
