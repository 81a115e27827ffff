// What every HTML page rungs writes shares: escaping, and a self-contained document (inline CSS only, no
// scripts, no external requests; a Content-Security-Policy says so to the browser too).
import { clean } from './text.js';

/** Escapes text for HTML and SVG content and attribute values; drops control characters. */
export function esc(value: string | number | null | undefined): string {
  return clean(value === null || value === undefined ? '' : String(value)).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The page around `body`; `title` is plain text (escaped here), `css` and `body` are already HTML. */
export function htmlPage(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rungs">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
