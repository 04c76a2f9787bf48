import { createHash } from 'node:crypto';
import type { Lang } from '../components/core/locale.js';
import { VERSION } from '../components/core/version.js';
import { escapeHtml, jsonForScript, scriptForInline } from './escape.js';
import { t } from './messages.js';
import { PAGE_SCRIPT } from './page-script.js';
import { publishData } from './publish.js';
import type { Source } from './read.js';
import type { PupilSummary, RenderedSection } from './sections/section.js';

export type Theme = 'default' | 'dark' | 'high-contrast';

export interface PageInput {
  lang: Lang;
  theme: Theme;
  title: string;
  school?: string;
  generated: Date;
  sources: Source[];
  summary?: PupilSummary;
  minGroup: number;
  sections: RenderedSection[];
  /** Published warnings. */
  notes: string[];
  /** The elements' runtime bundle (dist/runtime/lzm-kit.js). */
  runtime: string;
}

/** Page CSS; themes only set custom properties, which the elements read too. */
const STYLE = `:root{color-scheme:light;--bg:#fff;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--accent:#0969da;--under:#fff4e5;--bar:#2e7d32;--bar-low:#8c1d18;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5}
[data-theme=dark]{color-scheme:dark;--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#3d444d;--accent:#4493f8;--under:#3a2a12;--bar:#56d364;--bar-low:#ff9492;--lzm-text-color:#e6edf3;--lzm-muted-color:#9da7b3;--lzm-needle-color:#e6edf3;--lzm-hinge-color:#e6edf3;--lzm-ci-color:#e6edf3;--lzm-tick-color:#9da7b3}
[data-theme=high-contrast]{--bg:#fff;--fg:#000;--muted:#000;--line:#000;--accent:#00e;--under:#ffe;--bar:#000;--bar-low:#000;--lzm-text-color:#000;--lzm-muted-color:#000;--lzm-tick-color:#000}
body{margin:0;background:var(--bg);color:var(--fg)}
header,nav,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
h1{margin-bottom:.2em}
a{color:var(--accent)}
.meta,footer{color:var(--muted)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;min-width:50%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .6rem;text-align:left;vertical-align:middle}
td{font-variant-numeric:tabular-nums}
tr.under{background:var(--under)}
tr.under th::after{content:' ▼';font-size:.8em}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;color:var(--accent);cursor:pointer;text-decoration:underline}
th[aria-sort=ascending] button::after{content:' ▲'}
th[aria-sort=descending] button::after{content:' ▼'}
.filter{display:block;margin:.5rem 0}
.filter input{font:inherit;margin-left:.5em}
.dials{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
.look-first{border-left:.4rem solid var(--bar-low);padding:.1rem 1rem;margin:1rem 0}
lzm-barometer[compact]{display:inline-block;min-width:14rem}
td:has(>lzm-barometer[compact]){min-width:15rem}
.reading-legend{color:var(--muted);max-width:60rem}
.reading-legend p{margin:.3rem 0}
table.groups{font-size:.95em}
table.groups :is(th,td){padding:.3rem .4rem}
tr.notes-row td{padding-top:0;font-size:.9em}
tr:has(+tr.notes-row)>*{border-bottom:0}
ul.notes{margin:0;padding-left:1.1rem;max-width:50rem}
.period-rows{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,34rem),1fr));gap:1rem}
.period-row{margin:0}
.period-row figcaption{font-weight:600}
.sequence{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .5rem;list-style:none;margin:0;padding:0}
.sequence li+li::before{content:'→ ';color:var(--muted)}
.sequence .small{color:var(--muted)}
.histogram{width:100%;max-width:40rem;height:auto;display:block}
.histogram .bar{fill:var(--bar)}
.histogram .no-growth{fill:var(--bar-low)}
.histogram .axis{stroke:var(--fg)}
.histogram text{fill:var(--fg);font-size:12px}
section{margin-bottom:2rem}
.figure{max-width:40rem;margin:1rem 0}
lzm-landscape,lzm-senge-wheel,lzm-feedback-legend{display:block}
.legend .dot{width:1em;height:1em;vertical-align:-.15em}
@media print{@page{size:A4;margin:15mm}body{font-size:10pt}nav,.filter{display:none}main>section+section{break-before:page}table,svg,lzm-barometer,.figure{break-inside:avoid}*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The whole page: header, sources, contents, sections, notes; scripts and styles inline and hashed. */
export function renderPage(input: PageInput): string {
  const { lang } = input;
  const runtime = scriptForInline(input.runtime);
  const data: Record<string, unknown> = Object.assign({}, ...input.sections.map((section) => section.data));
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(runtime)} ${sha256(PAGE_SCRIPT)}`,
    `style-src ${sha256(STYLE)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(input.generated);
  const sourceRows = input.sources
    .map((source) => `<tr><th scope="row">${escapeHtml(source.file.replace(/^.*[\\/]/, ''))}</th><td>${escapeHtml(t(lang, `kind.${source.kind}` as 'kind.pupils'))}</td><td>${source.rows}</td></tr>`)
    .join('');
  const summary = input.summary
    ? `<p>${escapeHtml(t(lang, 'page.summary', { pupils: String(input.summary.pupils), groups: String(input.summary.groups), hidden: String(input.summary.hidden), min: String(input.minGroup) }))}</p>`
    : '';
  const toc = input.sections.map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`).join('');
  const sections = input.sections
    .map((section) => `<section id="${section.id}" aria-labelledby="${section.id}-title"><h2 id="${section.id}-title">${escapeHtml(section.title)}</h2>\n${section.html}\n</section>`)
    .join('\n');
  const notes = input.notes.length
    ? `<ul>${input.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(t(lang, 'page.noNotes'))}</p>`;
  return `<!doctype html>
<html lang="${lang}" data-theme="${input.theme}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lzm-kit ${VERSION}">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(input.title)}</h1>
${input.school ? `<p class="school">${escapeHtml(input.school)}</p>` : ''}
<p class="meta">${escapeHtml(t(lang, 'page.generated', { date }))}</p>
${summary}
<div class="table-wrap"><table class="sources"><caption>${escapeHtml(t(lang, 'page.sources'))}</caption><thead><tr><th scope="col">${escapeHtml(t(lang, 'page.file'))}</th><th scope="col">${escapeHtml(t(lang, 'page.kind'))}</th><th scope="col">${escapeHtml(t(lang, 'page.rows'))}</th></tr></thead><tbody>${sourceRows}</tbody></table></div>
</header>
<nav aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(t(lang, 'page.toc'))}</h2><ol>${toc}<li><a href="#notes">${escapeHtml(t(lang, 'page.notes'))}</a></li></ol></nav>
<main>
${sections}
<section id="notes" aria-labelledby="notes-title"><h2 id="notes-title">${escapeHtml(t(lang, 'page.notes'))}</h2>${notes}</section>
</main>
<footer><p>${escapeHtml(t(lang, 'page.footer', { version: VERSION }))}</p></footer>
<script type="application/json" id="lzm-data">${jsonForScript(publishData(data))}</script>
<script type="module">${runtime}</script>
<script type="module">${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
