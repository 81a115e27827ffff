// The shell every page of the site shares: the same CSP discipline as the HTML report (nothing runs, nothing is
// fetched from elsewhere; the one stylesheet is the site's own), a skip link, the site header and navigation,
// and a footer. Links are relative, so the site works opened from disk and from any folder of any host.
import type { SitePlan } from '../../core/site.js';
import { esc } from '../report/html.js';

export const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export interface PageSpec {
  /** Folder depth of the page below the site root: 0 for index.html, 1 for roles/x.html. */
  depth: number;
  /** The page's own title (before the site's title). */
  title: string;
  /** Which item of the site navigation is this page's section. */
  section: 'index' | 'skills' | 'other';
  description?: string;
  body: string;
}

/** The relative path from a page at `depth` to a file given from the site root. */
export function href(depth: number, target: string): string {
  return `${'../'.repeat(depth)}${target}`;
}

export function page(site: SitePlan, spec: PageSpec): string {
  const to = (target: string) => esc(href(spec.depth, target));
  const current = (s: PageSpec['section']) => (spec.section === s ? ' aria-current="page"' : '');
  const title = spec.title === site.title ? site.title : `${spec.title} · ${site.title}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rungs">
<meta name="referrer" content="no-referrer">
${spec.description ? `<meta name="description" content="${esc(spec.description)}">\n` : ''}<title>${esc(title)}</title>
<link rel="stylesheet" href="${to('style.css')}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<p class="brand"><a href="${to('index.html')}">${esc(site.title)}</a></p>
<nav aria-label="Site"><ul>
<li><a href="${to('index.html')}"${current('index')}>Roles and paths</a></li>
<li><a href="${to('skills.html')}"${current('skills')}>Skills</a></li>
</ul></nav>
</header>
<main id="main">
${spec.body}
</main>
<footer>
<p>${esc(site.name)} ${esc(site.version)}. For integrations: <a href="${to('roles.json')}">roles.json</a> and <a href="${to('skills.json')}">skills.json</a>. Made with rungs.</p>
</footer>
</body>
</html>
`;
}

export { esc };
