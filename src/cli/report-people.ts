// Between reading and the team: profiles of the same person become one (same name; the rules are in
// src/core/team-change.ts), and each person gets the assessment to compare with: the matching profile of an
// earlier snapshot folder (--since DIR: the same path inside it, else the same name), the latest history entry
// on or before a date (--since DATE), or by default the last entry of the person's own history.
//
// Every profile goes into the team as it is read. A name that comes again (rare) takes the first profile of that
// name out of the team again (read anew from its file or line), and the person's profiles are merged and added at
// the end: nothing waits, so a large team's profiles are never all held at once.
import { relative, sep } from 'node:path';
import { entryOf } from '../core/history.js';
import { previousEntry } from '../core/progress.js';
import { mergeSamePerson, nameKey, type Assessment } from '../core/team-change.js';
import type { PersonRef, Team, TeamInput } from '../core/team.js';
import type { HistoryEntry } from '../core/types.js';
import { EXIT, RungsError } from '../errors.js';

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
  /**
   * Reads a profile again by the `source` it was taken with (a file, a line of standard input): a name that comes
   * a second time takes the first profile out of the team to merge it, and it is not kept meanwhile (at 100,000
   * people the profiles would be most of the report's memory). Default: `source` is the profile itself.
   */
  reread?: (source: unknown) => TeamInput;
  /**
   * Where a source stands in the inputs (files as found, then standard input): a person's profiles are merged in
   * this order, whatever order parse workers hand them over in. Default: the order they are taken.
   */
  order?: (source: unknown) => number;
}

export interface People {
  /** `source`: how `reread` finds the profile again (default: the profile itself). */
  take(input: TeamInput, path: string, source?: unknown): void;
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
  const reread = options.reread ?? ((source: unknown) => source as TeamInput);
  // Each name's first profile, added at once: who it is in the team, and how to read it again.
  const first = new Map<string, { person: number; path: string; source: unknown; seq: number; then: Assessment | undefined }>();
  // Names that came more than once: every profile of the person, merged and added at the end.
  const groups = new Map<string, { input: TeamInput; path: string; at: number }[]>();
  let taken = 0;
  // Asked only for the profiles of a name that came again: `seq` is when it was taken.
  const orderOf = (source: unknown, seq: number) => (options.order ? options.order(source) : seq);
  // How many people now matched each assessment of the earlier snapshot (one taken out again no longer does).
  const matched = new Map<Assessment, number>();

  /** The input as the team gets it: with the assessment to compare with, and which snapshot entry that was. */
  const decorate = (input: TeamInput, paths: readonly string[]): { input: TeamInput; then?: Assessment } => {
    const { snapshot, since } = options;
    if (snapshot) {
      let then: Assessment | undefined;
      for (const path of paths) then ??= snapshot.byPath.get(path);
      const key = nameKey(input.profile.name);
      if (!then && key !== undefined) then = snapshot.byName.get(key);
      const previous = then ? entryOf(then.profile, then.profile.assessed_on ?? `the snapshot of ${then.file}`) : null;
      return { input: { ...input, previous }, ...(then ? { then } : {}) };
    }
    if (since !== undefined) {
      let previous: HistoryEntry | null = null;
      try {
        previous = previousEntry(input.profile, since) ?? null;
      } catch {
        previous = null;
      }
      // With --since, the comparison is with what it names, or with nothing: not silently with another entry.
      return { input: { ...input, previous } };
    }
    return { input };
  };

  const add = (input: TeamInput, paths: readonly string[]): { person: number; then: Assessment | undefined } => {
    const { input: decorated, then } = decorate(input, paths);
    if (then) matched.set(then, (matched.get(then) ?? 0) + 1);
    return { person: team.add(decorated), then };
  };

  return {
    take(input, path, source = input) {
      taken++;
      const key = nameKey(input.profile.name);
      if (key === undefined) {
        add(input, [path]);
        return;
      }
      const group = groups.get(key);
      if (group) {
        group.push({ input, path, at: orderOf(source, taken) });
        return;
      }
      const earlier = first.get(key);
      if (!earlier) {
        const { person, then } = add(input, [path]);
        first.set(key, { person, path, source, seq: taken, then });
        return;
      }
      // The same person again: the first profile comes out of the team, to be merged with this one at the end.
      const again = reread(earlier.source);
      if (!team.remove(earlier.person, decorate(again, [earlier.path]).input)) {
        throw new RungsError(`${again.file}: changed while the report was reading it; run the report again`, EXIT.usage);
      }
      if (earlier.then) matched.set(earlier.then, matched.get(earlier.then)! - 1);
      first.delete(key);
      groups.set(key, [
        { input: again, path: earlier.path, at: orderOf(earlier.source, earlier.seq) },
        { input, path, at: orderOf(source, taken) },
      ]);
    },
    finish() {
      let merged = 0;
      for (const list of groups.values()) {
        list.sort((a, b) => a.at - b.at);
        const { kept, profile } = mergeSamePerson(list.map(({ input }) => ({ file: input.file, profile: input.profile })));
        merged += list.length - 1;
        const main = list[kept]!.input;
        add({ ...main, profile, merged_from: list.filter((_, i) => i !== kept).map(({ input }) => input.file) }, [list[kept]!.path, ...list.map((l) => l.path)]);
      }
      groups.clear();
      first.clear();
      const left: PersonRef[] = [];
      if (options.snapshot) {
        const seen = new Set<Assessment>();
        for (const a of [...options.snapshot.byPath.values(), ...options.snapshot.byName.values()]) {
          if ((matched.get(a) ?? 0) > 0 || seen.has(a)) continue;
          seen.add(a);
          // A person known under a name that someone now matched (an older file of theirs) has not left.
          const key = nameKey(a.profile.name);
          const current = key === undefined ? undefined : options.snapshot.byName.get(key);
          if (current && current !== a && (matched.get(current) ?? 0) > 0) continue;
          left.push({ file: a.file, name: typeof a.profile.name === 'string' && a.profile.name.trim() ? a.profile.name : null });
        }
      }
      return { left, merged };
    },
  };
}
