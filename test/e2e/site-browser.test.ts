// The site in a real browser (headless Chromium): the index and a role page paint (screenshots), nothing is
// wider than a 390 px phone screen, the pages' own CSP lets their stylesheet load and blocks nothing else, and
// axe-core finds no accessibility violation (WCAG 2.1 A and AA, and axe's best practices). Skipped, saying why,
// where no Chromium is found.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, chromium, noBrowserReason } from '../helpers/chromium.js';
import { cleanTempDirs, ROOT, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

afterAll(cleanTempDirs);
if (!browser) console.warn(`site-browser: skipped: ${noBrowserReason}`);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const FOREIGN = join(ROOT, 'test', 'fixtures', 'frameworks', 'it-service-desk');

interface Audit {
  violations: { id: string; impact: string; help: string; nodes: string[] }[];
  csp: string[];
  width: { inner: number; scroll: number; body: number };
  styled: boolean;
  passes: number;
}

/**
 * A copy of the page beside it that keeps the page's CSP, allows only axe (from the site's folder) and one inline
 * runner on top, shown in an iframe `width` px wide (headless Chromium's window is at least 500 px): the runner
 * measures, runs axe and posts what it found to the frame's parent, which writes it into its DOM for
 * Chromium's --dump-dom to read back.
 */
function audit(site: string, page: string, width: number): Audit {
  const depth = page.split('/').length - 1;
  copyFileSync(AXE, join(site, 'axe.min.js'));
  const html = readFileSync(join(site, page), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  expect(csp, 'the page has a CSP meta').toBeTruthy();
  const runner = `<script src="${'../'.repeat(depth)}axe.min.js"></script><script>
var cspViolations = [];
// connect-src can only be hit by a script, and the only scripts here are axe and this runner (axe tries a fetch):
// everything else the page asks for counts.
document.addEventListener('securitypolicyviolation', function (e) { if (e.violatedDirective !== 'connect-src') cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });
window.addEventListener('load', function () {
  var width = { inner: window.innerWidth, scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth };
  var styled = getComputedStyle(document.body).maxWidth !== 'none';
  axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then(function (r) {
    parent.postMessage(JSON.stringify({ violations: r.violations.map(function (v) { return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }) }; }), csp: cspViolations, width: width, styled: styled, passes: r.passes.length }), '*');
  });
});
</script>`;
  const variant = page.replace(/\.html$/, '.axe.html');
  const patched = html
    .replace(`content="${csp}"`, `content="${csp}; script-src 'self' 'unsafe-inline'"`)
    .replace('<meta name="viewport"', `${runner}\n<meta name="viewport"`);
  writeFileSync(join(site, variant), patched);
  const frame = join(site, `frame-${width}.html`);
  writeFileSync(
    frame,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>audit</title><style>body{margin:0}iframe{border:0;display:block}</style></head><body>
<iframe title="page" src="${variant}" width="${width}" height="900"></iframe>
<script>window.addEventListener('message', function (e) { var out = document.createElement('pre'); out.id = 'axe-result'; out.textContent = e.data; document.body.appendChild(out); });</script>
</body></html>`,
  );
  const dom = chromium(['--dump-dom', '--virtual-time-budget=30000', `--window-size=${Math.max(width, 800)},1000`, pathToFileURL(frame).href]);
  expect(dom.status, dom.stderr).toBe(0);
  const raw = /<pre id="axe-result">([\s\S]*?)<\/pre>/.exec(dom.stdout)?.[1];
  expect(raw, 'axe finished and wrote its result').toBeTruthy();
  return JSON.parse(raw!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Audit;
}

function png(file: string): { width: number; height: number; bytes: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bytes: data.length };
}

describe.skipIf(!browser)('rungs site in headless Chromium', () => {
  let site = '';
  let foreign = '';
  beforeAll(() => {
    site = join(tempDir(), 'site');
    expect(rungs(['site', '-o', site]).code).toBe(0);
    foreign = join(tempDir(), 'site');
    expect(rungs(['site', '--data', FOREIGN, '-o', foreign]).code).toBe(0);
  });

  it('paints the index and a role page (screenshots with content)', { timeout: 180_000 }, () => {
    for (const page of ['index.html', 'roles/senior-support-analyst.html']) {
      const shot = join(tempDir(), 'page.png');
      const r = chromium(['--hide-scrollbars', '--window-size=1280,1600', `--screenshot=${shot}`, pathToFileURL(join(site, page)).href]);
      expect(r.status, r.stderr).toBe(0);
      const image = png(shot);
      expect(image.width).toBe(1280);
      expect(image.height).toBe(1600);
      // a blank or unstyled page compresses to a few KB; the graph, tables and text do not
      expect(image.bytes, page).toBeGreaterThan(60_000);
    }
  });

  const pages = [
    ['the default index', () => site, 'index.html'],
    ['a role page', () => site, 'roles/senior-support-analyst.html'],
    ['a skill page', () => site, 'skills/coaching.html'],
    ['the fork page', () => site, 'forks/senior-support-analyst.html'],
    ['the skills list', () => site, 'skills.html'],
    ['the foreign index (light accent colour)', () => foreign, 'index.html'],
    ['a foreign role page', () => foreign, 'roles/senior-desk-analyst.html'],
  ] as const;

  for (const [name, dir, page] of pages) {
    it(`${name}: no axe violations, no horizontal overflow at 390 px, the stylesheet loads under the page's CSP`, { timeout: 180_000 }, () => {
      const result = audit(dir(), page, 390);
      expect(result.width.inner).toBe(390);
      expect(result.width.scroll, 'the page is no wider than the screen').toBeLessThanOrEqual(390);
      expect(result.width.body).toBeLessThanOrEqual(390);
      expect(result.styled, 'style.css applied').toBe(true);
      expect(result.csp, 'nothing blocked by the CSP').toEqual([]);
      expect(result.passes).toBeGreaterThan(10);
      expect(result.violations).toEqual([]);
    });
  }

  it('the index at desktop width: no axe violations either', { timeout: 180_000 }, () => {
    const result = audit(site, 'index.html', 1280);
    expect(result.width.scroll).toBeLessThanOrEqual(1280);
    expect(result.violations).toEqual([]);
  });
});

describe.skipIf(browser)('rungs site in headless Chromium', () => {
  it(`is skipped: ${noBrowserReason}`, () => {
    expect(browser).toBeUndefined();
  });
});
