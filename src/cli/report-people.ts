// Between reading and the team: profiles of the same person become one (same name; the rules are in
// src/core/team-change.ts), and each person gets the assessment to compare with: the matching profile of an
// earlier snapshot folder (--since DIR: the same path inside it, else the same name), the latest history entry
// on or before a date (--since DATE), or by default the last entry of the person's own history.
//
// Named profiles wait until every file is read (a name may come again); unnamed ones go straight on. A large
// team's wait on disk (src/io/spill.ts): at 100,000 people they would be most of the report's memory.
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
  /** Where named profiles wait (default: memory). */
  parking?: Parking;
}

export interface Waiting {
  input: TeamInput;
  path: string;
}

/** Keeps waiting profiles; they are numbered 0, 1, 2… in the order they are put. */
export interface Parking {
  put(waiting: Waiting): number;
  get(id: number): Waiting;
}

export function memoryParking(): Parking {
  const all: Waiting[] = [];
  return { put: (w) => all.push(w) - 1, get: (id) => all[id]! };
}

/** A waiting profile as JSON, and back: self ratings by slot, with null for not rated (JSON has no NaN). */
export function parkedJson(w: Waiting): unknown {
  const { ratings, ...input } = w.input;
  return { path: w.path, input, ratings: ratings === undefined ? null : Array.from(ratings, (r) => (Number.isNaN(r) ? null : r)) };
}

export function unparked(json: unknown): Waiting {
  const { path, input, ratings } = json as { path: string; input: TeamInput; ratings: (number | null)[] | null };
  return { path, input: ratings === null ? input : { ...input, ratings: ratings.map((r) => r ?? Number.NaN) } };
}

export interface People {
  take(input: TeamInput, path: string): void;
  /** Adds the people still waiting. `left`: those of the snapshot nobody matched; `merged`: profiles merged into another. */
  finish(): { left: PersonRef[]; merged: number };
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
  // By name: the waiting profile's number, or the numbers of several (rare: most names come once).
  const waiting = new Map<string, number | number[]>();
  const parking = options.parking ?? memoryParking();
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
      const id = parking.put({ input, path });
      const before = waiting.get(key);
      if (before === undefined) waiting.set(key, id);
      else if (typeof before === 'number') waiting.set(key, [before, id]);
      else before.push(id);
    },
    finish() {
      let merged = 0;
      for (const ids of waiting.values()) {
        const list = typeof ids === 'number' ? [parking.get(ids)] : ids.map((id) => parking.get(id));
        if (list.length === 1) {
          add(list[0]!.input, [list[0]!.path]);
          continue;
        }
        const { kept, profile } = mergeSamePerson(list.map(({ input }) => ({ file: input.file, profile: input.profile })));
        merged += list.length - 1;
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
      return { left, merged };
    },
  };
}
