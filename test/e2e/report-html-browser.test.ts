// The HTML report in a real browser: rendered by headless Chromium (Debian's `chromium` package), the DOM must
// hold both SVG charts and every person, and the page must paint. Skipped, saying why, where no Chromium is found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TeamReport } from '../../src/core/team.js';
import { browser, chromium, noBrowserReason } from '../helpers/chromium.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

afterAll(cleanTempDirs);

const why = noBrowserReason;
if (!browser) console.warn(`report-html-browser: skipped: ${why}`);

/** Text as Chromium serialises it in a text node. */
const asText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

describe('the HTML report in headless Chromium', () => {
  const title = browser ? 'renders both SVG charts and every person' : `renders both SVG charts and every person (skipped: ${why})`;

  it.skipIf(!browser)(title, { timeout: 120_000 }, () => {
    const dir = tempDir();
    const page = join(dir, 'team.html');
    const written = rungs(['report', 'test/fixtures/team', '-f', 'html', '-o', page]);
    expect(written.code).toBe(0);
    const report = JSON.parse(rungs(['report', 'test/fixtures/team', '-f', 'json']).stdout) as TeamReport;

    const dom = chromium(['--dump-dom', pathToFileURL(page).href]);
    expect(dom.status, dom.stderr).toBe(0);
    expect(dom.stdout).toContain('<h1>Team report</h1>');
    // both charts, as parsed by the browser
    expect(dom.stdout).toMatch(/<svg class="chart readiness-chart" role="img"/);
    expect(dom.stdout).toMatch(/<svg class="chart heatmap" role="img"/);
    expect(dom.stdout.match(/<g class="bar /g)).toHaveLength(report.people.length);
    expect(dom.stdout.match(/<g class="cell">/g)?.length ?? 0).toBeGreaterThanOrEqual(7 * 10);
    // every person, in the table (and the chart)
    for (const p of report.people) {
      const shown = asText(p.name ?? p.file);
      expect(dom.stdout).toContain(`<th scope="row">${shown}`);
    }
    expect(dom.stdout).toContain('Park, Evelyn "Evie"');
  });

  it.skipIf(!browser)(browser ? 'paints the page (a screenshot with content)' : `paints the page (skipped: ${why})`, { timeout: 120_000 }, () => {
    const dir = tempDir();
    const page = join(dir, 'team.html');
    expect(rungs(['report', 'test/fixtures/team', '-f', 'html', '-o', page]).code).toBe(0);
    const shot = join(dir, 'team.png');
    const r = chromium(['--hide-scrollbars', '--window-size=1200,1600', `--screenshot=${shot}`, pathToFileURL(page).href]);
    expect(r.status, r.stderr).toBe(0);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // width and height from the IHDR chunk
    expect(png.readUInt32BE(16)).toBe(1200);
    // a blank page compresses to a few KB; charts, tables and text do not
    expect(png.length).toBeGreaterThan(50_000);
  });
});
