// `rungs site` end to end: the built CLI writes a folder; every page the framework implies exists, every
// internal link (and #fragment) resolves, nothing points off the site, a second run is byte-identical, the JSON
// files are the `roles -f json` / `skills -f json` contracts, and the folder rules (new, previous site, refusal,
// --force, stale pages) hold. A foreign framework shows nothing of the default one.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleRow, SkillRow } from '../../src/core/browse.js';
import { cleanTempDirs, frameworkCopy, ROOT, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

afterAll(cleanTempDirs);

const FOREIGN = join(ROOT, 'test', 'fixtures', 'frameworks', 'it-service-desk');

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), base) : [relative(base, join(dir, e.name)).split('\\').join('/')]))
    .sort();
}

function snapshot(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every href/src in every page and url() in the CSS: relative, to a file of the site, to an id that exists. */
function checkLinks(site: string): { checked: number; problems: string[] } {
  const all = snapshot(site);
  const problems: string[] = [];
  let checked = 0;
  for (const [file, text] of all) {
    if (file.endsWith('.css')) {
      if (/url\(|@import/i.test(text)) problems.push(`${file}: loads something`);
      continue;
    }
    if (!file.endsWith('.html')) continue;
    for (const m of text.matchAll(/\s(href|src|action|srcset|poster|data)="([^"]*)"/g)) {
      const link = unescape(m[2]!);
      checked++;
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//') || link.startsWith('/')) {
        problems.push(`${file}: not a relative link: ${link}`);
        continue;
      }
      const [path, fragment] = link.split('#') as [string, string | undefined];
      const target = path === '' ? file : posix.normalize(posix.join(posix.dirname(file), path));
      if (target.startsWith('..') || !all.has(target)) {
        problems.push(`${file}: ${link} -> ${target} does not exist`);
        continue;
      }
      if (fragment && !ids(all.get(target)!).has(fragment)) problems.push(`${file}: ${link}: no id "${fragment}" in ${target}`);
    }
  }
  return { checked, problems };
}

describe('rungs site (the default framework)', () => {
  let site = '';
  let first: Map<string, string>;
  let stderr = '';
  beforeAll(() => {
    site = join(tempDir(), 'site');
    const r = rungs(['site', '-o', site]);
    expect(r.code, r.stderr).toBe(0);
    stderr = r.stderr;
    first = snapshot(site);
  });

  it('writes a page per role, per skill and per fork, the index, the skills list, one stylesheet and the JSON files', () => {
    const roles = JSON.parse(rungs(['roles', '-f', 'json']).stdout) as RoleRow[];
    const skills = JSON.parse(rungs(['skills', '-f', 'json']).stdout) as SkillRow[];
    for (const r of roles) expect(first.has(`roles/${r.id}.html`), r.id).toBe(true);
    for (const s of skills) expect(first.has(`skills/${s.id}.html`), s.id).toBe(true);
    expect(first.has('forks/senior-support-analyst.html')).toBe(true);
    for (const f of ['index.html', 'skills.html', 'style.css', 'roles.json', 'skills.json', '.rungs-site.json']) expect(first.has(f), f).toBe(true);
    expect([...first.keys()].filter((f) => f.endsWith('.css'))).toEqual(['style.css']);
    expect(first.size).toBe(roles.length + skills.length + 1 + 6);
    expect(stderr).toBe(`rungs: wrote ${site}: ${roles.length + skills.length + 3} pages (${roles.length} roles, ${skills.length} skills, 1 fork), style.css, roles.json, skills.json\n`);
  });

  it('roles.json and skills.json are exactly the roles -f json and skills -f json contracts', () => {
    expect(first.get('roles.json')).toBe(rungs(['roles', '-f', 'json']).stdout);
    expect(first.get('skills.json')).toBe(rungs(['skills', '-f', 'json']).stdout);
  });

  it('every internal link resolves, fragments included; nothing links or loads off the site', () => {
    const { checked, problems } = checkLinks(site);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    for (const [file, text] of first) {
      if (!file.endsWith('.html')) continue;
      // The one URL allowed: the SVG namespace, which is a name, not a request.
      expect(text.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''), file).not.toMatch(/https?:|\/\/[a-z]/i);
      expect(text, file).not.toMatch(/<script|<iframe|<img|<object|<embed|<form|\son[a-z]+=|\sstyle="/i);
      expect(text, file).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">`);
    }
  });

  it('each role page says what the next step adds and what leads here, from the data', () => {
    const roles = JSON.parse(rungs(['roles', '-f', 'json']).stdout) as RoleRow[];
    const detail = (id: string) => JSON.parse(rungs(['role', id, '-f', 'json']).stdout) as { skills: { skill: string; name: string; level: number }[]; title: string };
    const ssa = detail('senior-support-analyst');
    const stl = detail('support-team-lead');
    const page = first.get('roles/senior-support-analyst.html')!;
    // Every skill whose target rises from SSA to STL is named with its old and new level.
    for (const s of stl.skills) {
      const had = ssa.skills.find((x) => x.skill === s.skill);
      const text = had ? (s.level > had.level ? `+${s.name} ${had.level}→${s.level}` : null) : `+${s.name} at ${s.level} (new)`;
      if (text) expect(unescape(page)).toContain(text);
    }
    expect(page).toContain('<strong>From Senior Support Analyst to Support Team Lead:</strong> <span class="adds">+');
    expect(page).toContain('href="../forks/senior-support-analyst.html"');
    // what leads here: every role with an edge to it, linked
    for (const r of roles.filter((x) => x.next.some((e) => e.role === 'senior-support-analyst'))) expect(page).toContain(`href="../roles/${r.id}.html"`);
  });

  it('a second run into another folder is byte-identical, and so is a run over the previous site', () => {
    const again = join(tempDir(), 'site');
    expect(rungs(['site', '-o', again]).code).toBe(0);
    expect(snapshot(again)).toEqual(first);
    const over = rungs(['site', '-o', site]);
    expect(over.code, over.stderr).toBe(0);
    expect(over.stderr).toMatch(/^rungs: updated /);
    expect(snapshot(site)).toEqual(first);
    // no temp files left beside it or inside it
    expect(readdirSync(dirname(site)).filter((f) => f !== 'site')).toEqual([]);
  });
});

describe('rungs site: the output folder', () => {
  it('refuses a folder that is not empty and holds no site, leaving it as it was; --force writes and keeps its files', () => {
    const out = tempDir();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const refused = rungs(['site', '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`rungs: ${out}: the folder is not empty and holds no site made by rungs; refusing to write into it\nhint: choose a new or empty folder, or use --force to write the site into it (other files are kept)\n`);
    expect(files(out)).toEqual(['notes.txt']);
    const forced = rungs(['site', '-o', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('writes into an empty folder; keeps files added to a previous site (a CNAME) and removes pages the framework dropped', () => {
    const data = frameworkCopy();
    const out = tempDir();
    expect(rungs(['site', '--data', data, '-o', out]).code).toBe(0);
    writeFileSync(join(out, 'CNAME'), 'careers.example.org\n');
    expect(existsSync(join(out, 'roles', 'technical-writer.html'))).toBe(true);
    // Drop a role (and the moves that lead to it).
    rmSync(join(data, 'roles', 'technical-writer.yaml'));
    for (const from of ['technical-support-specialist', 'senior-support-analyst']) {
      const file = join(data, 'roles', `${from}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\s*- \{?\s*role: technical-writer[^\n]*(\n\s+type: lateral[^\n]*)?(\n\s+note:[^\n]*)?/, ''));
    }
    expect(rungs(['validate', data]).code).toBe(0);
    const r = rungs(['site', '--data', data, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('removed 1 page the framework no longer has');
    expect(existsSync(join(out, 'roles', 'technical-writer.html'))).toBe(false);
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('careers.example.org\n');
    expect(checkLinks(out).problems).toEqual([]);
  });

  it('refuses a file, a missing parent folder, and the framework folder itself (exit 2, one line each)', () => {
    const dir = tempDir();
    const file = join(dir, 'file.html');
    writeFileSync(file, 'x');
    const asFile = rungs(['site', '-o', file]);
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toBe(`rungs: ${file}: is a file, not a folder\n`);
    const missing = rungs(['site', '-o', join(dir, 'no', 'such')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const data = frameworkCopy();
    const into = rungs(['site', '--data', data, '-o', data, '--force']);
    expect(into.code).toBe(2);
    expect(into.stderr).toBe(`rungs: ${data}: is the framework folder being read; refusing to write the site there\nhint: choose a folder outside it, e.g. -o site\n`);
    const inside = rungs(['site', '--data', data, '-o', join(data, 'site')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('is inside the framework folder being read');
    expect(existsSync(join(data, 'site'))).toBe(false);
    expect(statSync(join(data, 'framework.yaml')).isFile()).toBe(true);
    expect(existsSync(join(data, 'index.html'))).toBe(false);
  });

  it('needs -o, and says so', () => {
    const r = rungs(['site']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("required option '-o, --output <dir>' not specified");
  });

  it('--help shows what it writes, with examples', () => {
    const r = rungs(['site', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: rungs site [options]');
    expect(r.stdout).toContain('$ rungs site -o site');
    expect(r.stdout).toContain('--force');
  });
});

describe('rungs site: branding and a foreign framework', () => {
  it('a foreign framework (other tracks, a KCS track, no fork) builds with its own name, title and accent, and nothing of the default', () => {
    const out = join(tempDir(), 'site');
    const r = rungs(['site', '--data', FOREIGN, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const all = snapshot(out);
    expect(files(out).filter((f) => f.startsWith('forks/'))).toEqual([]);
    const index = all.get('index.html')!;
    expect(index).toContain('<title>Contoso IT — Service Desk Careers</title>');
    expect(index).toContain('Contoso IT Service Desk Ladder · version 2.3');
    expect(index).toContain('KCS knowledge track');
    expect(index).not.toContain('Where paths fork');
    // The light yellow accent is kept for the band, darkened for text.
    expect(all.get('style.css')).toMatch(/--accent: #f5c400; --accent-text: #[0-9a-f]{6};/);
    expect(checkLinks(out).problems).toEqual([]);
    for (const [file, text] of all) expect(text, file).not.toMatch(/SSPA|Support Technician|Chief Customer Officer|Expert path|Management path|HDI/);
  });

  it('no word of the site is support-specific: with "support" and "customer" taken out of the framework, they appear nowhere', () => {
    const data = tempDir();
    cpSync(FOREIGN, data, { recursive: true });
    for (const f of files(data)) {
      const p = join(data, f);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/support/gi, 'assist').replace(/customer/gi, 'client'));
    }
    const out = join(tempDir(), 'site');
    expect(rungs(['site', '--data', data, '-o', out]).code).toBe(0);
    for (const [file, text] of snapshot(out)) expect(text, file).not.toMatch(/support|customer/i);
  });

  it('an accent that is not a CSS hex colour is an error at its line and column, before anything is written', () => {
    const data = tempDir();
    cpSync(FOREIGN, data, { recursive: true });
    const fw = join(data, 'framework.yaml');
    writeFileSync(fw, readFileSync(fw, 'utf8').replace('accent: "#f5c400"', 'accent: "yellow; background: url(x)"'));
    const out = join(tempDir(), 'site');
    const r = rungs(['site', '--data', data, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/framework\.yaml:8:11: /);
    expect(existsSync(out)).toBe(false);
    const v = rungs(['validate', data]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('framework.yaml:8:11: error: "accent" must be a CSS hex colour such as "#1d4f91" or "#c05", quoted (got "yellow; background: url(x)") [schema]');
  });

  it('escapes what the framework says: markup in a title or summary is shown as text', () => {
    const data = tempDir();
    cpSync(FOREIGN, data, { recursive: true });
    const role = join(data, 'roles', 'kcs-coach.yaml');
    writeFileSync(role, readFileSync(role, 'utf8').replace('title: KCS Coach', 'title: "KCS <script>alert(1)</script> Coach & \\"Mentor\\""').replace(/^summary: .*$/m, 'summary: "<img src=x onerror=alert(1)> coaches \'everyone\'"'));
    const out = join(tempDir(), 'site');
    const r = rungs(['site', '--data', data, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(join(out, 'roles', 'kcs-coach.html'), 'utf8');
    expect(page).toContain('<h1>KCS &lt;script&gt;alert(1)&lt;/script&gt; Coach &amp; &quot;Mentor&quot;</h1>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; coaches &#39;everyone&#39;');
    for (const [file, text] of snapshot(out)) if (file.endsWith('.html')) expect(text, file).not.toMatch(/<script|<img/);
    expect(checkLinks(out).problems).toEqual([]);
  });
});
