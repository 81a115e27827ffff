// THIRD-PARTY-NOTICES.txt: the licence of every package bundled into dist/, from esbuild's metafiles (the
// inputs that really went into the bundle, so a dev dependency that is not shipped is not listed, and a
// bundled one cannot be forgotten). The MIT and ISC licences require their text to travel with the code.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `node_modules/a/node_modules/@s/b/lib/x.js` -> `node_modules/a/node_modules/@s/b` (the innermost package). */
export function packageDirOf(input) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const length = parts[at + 1].startsWith('@') ? 2 : 1;
  return parts.slice(0, at + 1 + length).join('/');
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-][\w.-]+)?$/i;

/** One entry per bundled package (name, version, licence, licence texts), sorted by name. */
export function bundledPackages(root, metafiles) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      // Virtual modules of the build's own plugins (`namespace:path`) are rungs code, not a package.
      if (/^[\w-]+:/.test(input)) continue;
      const dir = packageDirOf(input);
      if (dir) dirs.add(dir);
    }
  }
  const packages = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const files = readdirSync(join(root, dir)).filter((f) => LICENCE_FILE.test(f)).sort();
    return {
      name: pkg.name,
      version: pkg.version,
      license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see the package'),
      texts: files.map((f) => ({ file: f, text: readFileSync(join(root, dir, f), 'utf8').replace(/\r\n?/g, '\n').trimEnd() })),
    };
  });
  // The same package at two versions (nested copies) is listed twice; the same version once.
  const seen = new Map(packages.map((p) => [`${p.name}@${p.version}`, p]));
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
}

export function noticesText(packages) {
  const rule = '-'.repeat(78);
  const head = [
    'THIRD-PARTY NOTICES',
    '',
    'rungs bundles the following packages into dist/ (generated at build time from the bundle by',
    'src/build/notices.mjs). Each is used under the licence shown, whose text follows.',
    '',
    ...packages.map((p) => `- ${p.name} ${p.version} (${p.license})`),
    '',
  ];
  const bodies = packages.map((p) =>
    [rule, `${p.name} ${p.version} — ${p.license}`, rule, '', ...(p.texts.length ? p.texts.map((t) => `${t.text}\n`) : [`(the package ships no licence file; its package.json says: ${p.license})\n`])].join('\n'),
  );
  return `${[...head, ...bodies].join('\n')}\n`;
}

export function writeNotices(root, metafiles, outFile) {
  const packages = bundledPackages(root, metafiles);
  writeFileSync(outFile, noticesText(packages));
  return packages;
}
