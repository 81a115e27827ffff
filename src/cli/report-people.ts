// Between reading and the team: profiles of the same person become one (same name; the rules are in
// src/core/team-change.ts), and each person gets the assessment to compare with: the matching profile of an
// earlier snapshot folder (--since DIR: the same path inside it, else the same name), the latest history entry
// on or before a date (--since DATE), or by default the last entry of the person's own history.
//
// Named profiles wait here until every file is read (a name may come again); unnamed ones go straight on.
import { relative, sep } from 'node:path';
import { entryOf } from '../core/history.js';
import { previousEntry } from '../core/progress.js';
import { mergeSamePerson, nameKey, type Assessment } from '../core/team-change.js';
import type { PersonRef, Team, TeamInput } from '../core/team.js';
import type { HistoryEntry } from '../core/types.js';

/** The earlier snapshot: its profiles by path inside the folder and by name. */
export interface Snapshot {
  byPath: Map<string, Assessment>;
  byName: Map<string, Assessment>;
}

export function newSnapshot(): Snapshot {
  return { byPath: new Map(), byName: new Map() };
}

/** Adds a profile of the earlier snapshot; of two with one name, the later assessment stands for the person. */
export function addToSnapshot(snapshot: Snapshot, path: string, a: Assessment): void {
  snapshot.byPath.set(path, a);
  const key = nameKey(a.profile.name);
  if (key === undefined) return;
  const other = snapshot.byName.get(key);
  if (!other || (a.profile.assessed_on ?? '') >= (other.profile.assessed_on ?? '')) snapshot.byName.set(key, a);
}

export interface PeopleOptions {
  snapshot?: Snapshot;
  since?: string;
}

export interface People {
  take(input: TeamInput, path: string): void;
  /** Adds the people still waiting; returns those of the snapshot nobody matched. */
  finish(): PersonRef[];
}

/** `path`: where a file sits inside the folder it was found in (its name when it was given alone). */
export function pathInside(abs: string, dirs: readonly string[]): string {
  for (const dir of dirs) {
    const rel = relative(dir, abs);
    if (rel && !rel.startsWith('..') && !rel.startsWith(sep)) return rel.split(sep).join('/');
  }
  return abs.split(sep).pop() ?? abs;
}

export function people(team: Team, options: PeopleOptions): People {
  const waiting = new Map<string, { input: TeamInput; path: string }[]>();
  const matched = new Set<Assessment>();

  const previousOf = (input: TeamInput, paths: readonly string[]): HistoryEntry | undefined => {
    const { snapshot, since } = options;
    if (snapshot) {
      let then: Assessment | undefined;
      for (const path of paths) then ??= snapshot.byPath.get(path);
      const key = nameKey(input.profile.name);
      if (!then && key !== undefined) then = snapshot.byName.get(key);
      if (!then) return undefined;
      matched.add(then);
      return entryOf(then.profile, then.profile.assessed_on ?? `the snapshot of ${then.file}`);
    }
    if (since !== undefined) {
      try {
        return previousEntry(input.profile, since);
      } catch {
        return undefined;
      }
    }
    return undefined;
  };

  const add = (input: TeamInput, paths: readonly string[]) => {
    const previous = previousOf(input, paths);
    // With --since, the comparison is with what it names, or with nothing: not silently with another entry.
    team.add(options.snapshot || options.since !== undefined ? { ...input, previous: previous ?? null } : input);
  };

  return {
    take(input, path) {
      const key = nameKey(input.profile.name);
      if (key === undefined) return add(input, [path]);
      const list = waiting.get(key);
      if (list) list.push({ input, path });
      else waiting.set(key, [{ input, path }]);
    },
    finish() {
      for (const list of waiting.values()) {
        if (list.length === 1) {
          add(list[0]!.input, [list[0]!.path]);
          continue;
        }
        const { kept, profile } = mergeSamePerson(list.map(({ input }) => ({ file: input.file, profile: input.profile })));
        const main = list[kept]!.input;
        add({ ...main, profile, merged_from: list.filter((_, i) => i !== kept).map(({ input }) => input.file) }, [list[kept]!.path, ...list.map((l) => l.path)]);
      }
      waiting.clear();
      const left: PersonRef[] = [];
      if (options.snapshot) {
        const seen = new Set<Assessment>();
        for (const a of [...options.snapshot.byPath.values(), ...options.snapshot.byName.values()]) {
          if (matched.has(a) || seen.has(a)) continue;
          seen.add(a);
          // A person known under a name that someone now matched (an older file of theirs) has not left.
          const key = nameKey(a.profile.name);
          const current = key === undefined ? undefined : options.snapshot.byName.get(key);
          if (current && current !== a && matched.has(current)) continue;
          left.push({ file: a.file, name: typeof a.profile.name === 'string' && a.profile.name.trim() ? a.profile.name : null });
        }
      }
      return left;
    },
  };
}
