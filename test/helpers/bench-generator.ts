// The benchmark's data generator (test/bench/generate.mjs), typed for the tests that use its profiles and
// frameworks. A plain .mjs module (the benchmark has no build step), so its types are declared here.
export interface Generator {
  mulberry32(seed: number): () => number;
  generateFramework(dir: string, options: { roles: number; skills: number; seed?: number }): { files: number };
  makeProfiles(count: number, options?: { seed?: number }): Record<string, unknown>[];
  writeProfileFolder(dir: string, profiles: Record<string, unknown>[]): string;
  writeNdjson(file: string, profiles: Record<string, unknown>[]): string;
}

const modulePath: string = '../bench/generate.mjs';
export const gen = (await import(modulePath)) as Generator;
