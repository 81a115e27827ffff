// The development plan (`recommend -f html`) and a 200-person team report in a real browser (headless
// Chromium over the DevTools protocol): printed page counts (A4, as Chromium's print-to-PDF), no sideways
// scrolling at 390, 768 and 1280 px (folded parts closed and opened), every person present, and axe-core
// (injected into the page) finding no violation and leaving no colour-contrast check undecided.
// Skipped, saying why, where no Chromium is found.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamReport } from '../../src/core/team.js';
// @ts-expect-error: plain ESM without types, shared with the benchmark
import { makeProfiles, writeProfileFolder } from '../bench/generate.mjs';
import { Browser, chromiumPath, noChromium, pdfPages } from '../helpers/cdp.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

if (!chromiumPath) console.warn(`plan-report-browser: skipped: ${noChromium}`);
const skip = !chromiumPath;
const label = (title: string) => (skip ? `${title} (skipped: ${noChromium})` : title);

const WIDTHS = [390, 768, 1280];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeSummary {
  violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  /** What axe could not decide, with the test's own measurement. */
  contrastIncomplete: { target: string[]; message: string; ratio: number; needed: number; text: string; fg: string; bg: string }[];
}

let browser: Browser;
let dir: string;
let plan: string;
let planMd: string;
let report: string;
let small: string;
let people: TeamReport['people'];

beforeAll(() => {
  if (skip) return;
  dir = tempDir();
  const team = writeProfileFolder(join(dir, 'team'), makeProfiles(200, { seed: 13 })) as string;
  report = join(dir, 'team.html');
  expect(rungs(['report', team, '-f', 'html', '-o', report]).code).toBe(0);
  const json = join(dir, 'team.json');
  expect(rungs(['report', team, '-f', 'json', '-o', json]).code).toBe(0);
  people = (JSON.parse(readFileSync(json, 'utf8')) as TeamReport).people;
  small = join(dir, 'small.html');
  expect(rungs(['report', 'test/fixtures/team', '-f', 'html', '-o', small]).code).toBe(0);
  plan = join(dir, 'plan.html');
  // A fork (expert or management), lead ratings far from the self view, evidence: the fullest plan there is.
  expect(rungs(['recommend', 'test/fixtures/personas/self-rating-far-from-manager.yaml', '-f', 'html', '-o', plan]).code).toBe(0);
  planMd = rungs(['recommend', 'test/fixtures/personas/self-rating-far-from-manager.yaml', '-f', 'markdown']).stdout;
  browser = Browser.launch();
});

afterAll(async () => {
  if (browser) await browser.close();
  cleanTempDirs();
});

/** The page's width against the viewport, with its folded parts closed as shipped and then all opened. */
async function overflow(url: string, width: number): Promise<{ closed: number; opened: number; viewport: number }> {
  const page = await browser.open(url, width);
  const measure = 'Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)';
  const closed = await page.evaluate<number>(measure);
  const opened = await page.evaluate<number>(`(document.querySelectorAll('details').forEach((d) => { d.open = true; }), ${measure})`);
  const viewport = await page.evaluate<number>('window.innerWidth');
  await page.close();
  return { closed, opened, viewport };
}

/**
 * Where axe-core cannot decide a colour contrast (text in SVG charts: "the background could not be
 * determined"; a lone arrow or digit: "too short"), the test decides it: the text's colour (fill for SVG) against
 * the first painted thing under the middle of its box (an SVG shape's fill, else an element's background,
 * else the white page), by the WCAG formula; 4.5:1 needed, 3:1 for large text (24px, or 18.66px bold).
 */
const EXAMINE = `(el) => {
  const parse = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(c || ''); if (!m) return null; const [r, g, b, a = 1] = m[1].split(/[\\s,/]+/).filter(Boolean).map(Number); return { r, g, b, a }; };
  const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const style = getComputedStyle(el);
  const fg = parse(el instanceof SVGElement ? style.fill : style.color);
  const box = el.getBoundingClientRect();
  let bg = { r: 255, g: 255, b: 255, a: 1 };
  for (const under of document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)) {
    if (under === el || el.contains(under)) continue;
    if (under instanceof SVGElement) {
      if (!['rect', 'circle', 'polygon', 'ellipse'].includes(under.tagName)) continue;
      const fill = parse(getComputedStyle(under).fill);
      if (fill && fill.a > 0) { bg = fill; break; }
      continue;
    }
    const back = parse(getComputedStyle(under).backgroundColor);
    if (back && back.a > 0) { bg = back; break; }
  }
  const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  return { ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100, needed: large ? 3 : 4.5, text: el.textContent.trim().slice(0, 30), fg: style.fill + '/' + style.color, bg: JSON.stringify(bg) };
}`;

/** axe-core's full run (folded parts opened, so their text is checked too), reduced to what the test asserts on. */
async function axe(url: string): Promise<AxeSummary> {
  const page = await browser.open(url, 1280);
  await page.send('Runtime.evaluate', { expression: AXE });
  const summary = await page.evaluate<AxeSummary>(`(async () => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const r = await axe.run(document, { resultTypes: ['violations', 'incomplete'], elementRef: true });
    const examine = ${EXAMINE};
    const undecided = r.incomplete.filter((i) => i.id === 'color-contrast').flatMap((i) => i.nodes);
    const examined = undecided.map((n) => ({ target: n.target, message: n.any.map((a) => a.message).join('; '), ...examine(n.element) }));
    return {
      violations: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
      contrastIncomplete: examined,
    };
  })()`);
  await page.close();
  return summary;
}

/** Every colour contrast axe left undecided, decided: none below what WCAG AA asks. */
function failingContrast(result: AxeSummary) {
  return result.contrastIncomplete.filter((n) => !(n.ratio >= n.needed));
}

async function printedPages(url: string): Promise<number> {
  const page = await browser.open(url, 1280);
  const pdf = await page.pdf();
  await page.close();
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = join(dir, `${url.split('/').pop()}.pdf`);
  writeFileSync(file, pdf);
  const pages = pdfPages(pdf);
  // Where poppler's pdfinfo is installed, it must count the same pages.
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (info.status === 0) expect(Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1])).toBe(pages);
  return pages;
}

describe('the development plan in headless Chromium', () => {
  it.skipIf(skip)(label('prints on at most two A4 pages'), { timeout: 120_000 }, async () => {
    const pages = await printedPages(pathToFileURL(plan).href);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it.skipIf(skip)(label('fits 390, 768 and 1280 px without sideways scrolling'), { timeout: 120_000 }, async () => {
    for (const width of WIDTHS) {
      const m = await overflow(pathToFileURL(plan).href, width);
      expect(m.viewport, `viewport at ${width}`).toBe(width);
      expect(m.closed, `scroll width at ${width}`).toBeLessThanOrEqual(width);
    }
  });

  it.skipIf(skip)(label('holds the plan: who, the move, self/lead/target as text, strengths with evidence, three areas to agree'), { timeout: 120_000 }, async () => {
    const page = await browser.open(pathToFileURL(plan).href, 1280);
    const text = await page.evaluate<string>('document.body.innerText');
    const rows = await page.evaluate<string[][]>(`[...document.querySelectorAll('table.skills tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim()))`);
    const areas = await page.evaluate<number>(`document.querySelectorAll('article.area').length`);
    const agreeLines = await page.evaluate<number>(`document.querySelectorAll('article.area .agree .blank').length`);
    const actions = await page.evaluate<number[]>(`[...document.querySelectorAll('article.area ol.actions')].map((ol) => ol.children.length)`);
    await page.close();
    expect(text).toContain('Development plan Lee Chen');
    expect(text).toMatch(/Made \d{4}-\d{2}-\d{2} · self-assessment of 2025-04-07/);
    expect(text).toContain('Technical Support Specialist');
    // Troubleshooting: self 4, lead 2, target 4, as text in its row (the dots only repeat the numbers);
    // the status goes by the lead's rating, as the advice does
    expect(rows).toContainEqual(['Troubleshooting', '4', '2', '4', '2 short', '']);
    // Troubleshooting is no strength by the lead's rating (2): it is the first growth area, in the current role
    // first (its target there is 3), with both views and the person's evidence
    expect(text).toMatch(/1\. Troubleshooting 2 → 3\s+self 4, lead 2 · in the current role \(Technical Support Specialist\) first\s+Their evidence: Closes most of my cases without escalating\./);
    expect(areas).toBe(3);
    expect(agreeLines).toBe(6);
    expect(actions).toEqual([2, 2, 2]);
    expect(text).toContain('Check before agreeing');
    // The markdown holds the same plan for a wiki
    expect(planMd).toContain('## Development plan for Lee Chen');
    expect(planMd).toContain('Their evidence: “Closes most of my cases without escalating.”');
    expect(planMd.match(/^Agreed: _+ By when: _+$/gm)).toHaveLength(3);
  });

  it.skipIf(skip)(label('passes axe-core: no violations, and every contrast it cannot decide measures AA'), { timeout: 120_000 }, async () => {
    const result = await axe(pathToFileURL(plan).href);
    expect(result.violations).toEqual([]);
    expect(failingContrast(result)).toEqual([]);
  });
});

describe('the team report of 200 people in headless Chromium', () => {
  it.skipIf(skip)(label('prints on at most 30 A4 pages'), { timeout: 120_000 }, async () => {
    const pages = await printedPages(pathToFileURL(report).href);
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(30);
  });

  it.skipIf(skip)(label('fits 390, 768 and 1280 px without sideways scrolling, folded or opened'), { timeout: 120_000 }, async () => {
    for (const width of WIDTHS) {
      const m = await overflow(pathToFileURL(report).href, width);
      expect(m.viewport, `viewport at ${width}`).toBe(width);
      expect(m.closed, `scroll width at ${width}`).toBeLessThanOrEqual(width);
      expect(m.opened, `scroll width at ${width}, every fold open`).toBeLessThanOrEqual(width);
    }
  });

  it.skipIf(skip)(label('lists every person, most ready first, and explains the colours'), { timeout: 120_000 }, async () => {
    const page = await browser.open(pathToFileURL(report).href, 1280);
    const rows = await page.evaluate<{ name: string; readiness: string }[]>(
      `[...document.querySelectorAll('table.people tbody tr')].map((tr) => ({ name: tr.querySelector('th').firstChild.textContent.trim(), readiness: tr.children[2].textContent.trim() }))`,
    );
    const legend = await page.evaluate<string>(`document.querySelector('#readiness .legend').innerText`);
    const toc = await page.evaluate<string[]>(`[...document.querySelectorAll('nav ol.contents a')].map((a) => a.getAttribute('href'))`);
    const targets = await page.evaluate<boolean>(`[...document.querySelectorAll('nav ol.contents a')].every((a) => document.querySelector(a.getAttribute('href')) !== null)`);
    await page.close();
    expect(rows.map((r) => r.name).sort()).toEqual(people.map((p) => p.name!).sort());
    const withNext = rows.filter((r) => people.find((p) => p.name === r.name)!.next_role !== null).map((r) => Number.parseInt(r.readiness, 10));
    expect(withNext).toEqual([...withNext].sort((a, b) => b - a));
    expect(legend).toMatch(/Green: ready now/);
    expect(legend).toMatch(/Amber: close.*not ready yet/);
    expect(toc).toEqual(['#readiness', '#people', '#skills', '#training', '#bench', '#calibration']);
    expect(targets).toBe(true);
  });

  it.skipIf(skip)(label('passes axe-core: no violations, and every contrast it cannot decide measures AA'), { timeout: 180_000 }, async () => {
    const result = await axe(pathToFileURL(report).href);
    expect(result.violations).toEqual([]);
    expect(failingContrast(result)).toEqual([]);
    // The heat map's digits are among what axe cannot decide (text in SVG), so the check above saw them.
    expect(result.contrastIncomplete.filter((n) => n.bg !== '{"r":255,"g":255,"b":255,"a":1}').length).toBeGreaterThan(100);
  });

  it.skipIf(skip)(label('a small team too (a bar per person, empty heat-map cells): axe clean, contrast measured'), { timeout: 120_000 }, async () => {
    const result = await axe(pathToFileURL(small).href);
    expect(result.violations).toEqual([]);
    expect(failingContrast(result)).toEqual([]);
    // its heat map has empty cells, whose grey zero digits were 2.0:1 before
    const zeros = await (async () => {
      const page = await browser.open(pathToFileURL(small).href, 1280);
      const n = await page.evaluate<number>(`document.querySelectorAll('svg.heatmap text.zero').length`);
      await page.close();
      return n;
    })();
    expect(zeros).toBeGreaterThan(10);
    expect(result.contrastIncomplete.some((n) => n.text === '0')).toBe(true);
  });
});
