import { createHash } from 'node:crypto';
import type { Lang } from '../components/core/locale.js';
import { VERSION } from '../components/core/version.js';
import { escapeHtml, jsonForScript, scriptForInline } from './escape.js';
import { langAttr, scrollBox, zoneSymbols } from './html.js';
import { t } from './messages.js';
import { pt } from './page.messages.js';
import { PAGE_SCRIPT } from './page-script.js';
import { publishData } from './publish.js';
import type { Source } from './read.js';
import type { PupilSummary, RenderedSection } from './sections/section.js';
import type { Html } from './chunks.js';
import { elementStyleBlocks } from './ssr.js';

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
  /** themes/<theme>.css and themes/print.css, as the files have them. */
  themeCss: string;
  printCss: string;
  /** The language the school's own texts (dashboard.json) are written in. */
  textLang: Lang;
}

/**
 * Page CSS: layout only. Every colour is a `--lzm-*` custom property that the theme file
 * (themes/<name>.css, read at build time, never copied) sets for the page and the elements alike.
 */
const STYLE = `:root{color-scheme:light;font-family:var(--lzm-font-family,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif);line-height:1.5}
[data-theme=dark]{color-scheme:dark}
body{margin:0;background:var(--lzm-background);color:var(--lzm-text-color)}
header,nav,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
h1{margin:.5rem 0 .2em;font-size:1.8rem}
h1,h2,h3{line-height:1.2;break-after:avoid}
a{color:var(--lzm-focus-color)}
:focus-visible{outline:3px solid var(--lzm-focus-color);outline-offset:2px}
.skip{position:absolute;left:1rem;top:-4rem;background:var(--lzm-background);padding:.5rem 1rem;z-index:1}
.skip:focus{top:.5rem}
.meta,footer,.hint{color:var(--lzm-muted-color)}
header p{margin:.2rem 0}
nav ol{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;padding:0;margin:.5rem 0;list-style:none}
nav h2{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
main{overflow-wrap:break-word;overflow-x:clip;position:relative}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--lzm-border-color);padding:.3rem .5rem;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}
tr.under>th:first-child{box-shadow:inset .25rem 0 var(--lzm-zone-reverse)}
tr.under th:first-child::after{content:' ▼';font-size:.8em}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;color:var(--lzm-focus-color);cursor:pointer;text-decoration:underline}
th[aria-sort=ascending] button::after{content:' ▲'}
th[aria-sort=descending] button::after{content:' ▼'}
.filter{display:block;margin:.5rem 0}
.filter input{font:inherit;margin-left:.5em;max-width:100%}
.dials{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,15rem),1fr));gap:0 1.5rem}
.dials>*,.figures>*,.pair>*{min-width:0}
.dials lzm-barometer{--lzm-barometer-max-width:17rem}
.look-first{border-left:.4rem solid var(--lzm-zone-reverse);padding:.1rem 1rem;margin:1rem 0}
.look-first h3{margin:.4rem 0}
.look-first ul{margin:.3rem 0;padding-left:1.2rem}
.reading-legend{color:var(--lzm-muted-color);max-width:60rem}
.reading-legend p{margin:.3rem 0}
ul.notes{margin:0;padding-left:1.1rem;max-width:50rem}
.symbols{position:absolute;width:0;height:0}
.zone-mark{width:.8em;height:.8em;vertical-align:-.05em;margin-right:.25em}
.z-desired{fill:var(--lzm-zone-desired)}.z-teacher{fill:var(--lzm-zone-teacher)}.z-developmental{fill:var(--lzm-zone-developmental)}.z-reverse{fill:var(--lzm-zone-reverse)}
.zone-mark{stroke:var(--lzm-text-color);stroke-width:.6}
table.overview td{white-space:nowrap}
table.overview small{color:var(--lzm-muted-color);margin-left:.4em;font-size:.8em}
table.overview th small{display:block;margin:0}
table.overview :is(th,td){padding:.2rem .5rem}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:0 2.5rem;align-items:start}
.zone-key{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;list-style:none;padding:0;margin:.3rem 0}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
details.full-table{margin:.5rem 0 1.5rem}
details.full-table summary{cursor:pointer;color:var(--lzm-focus-color)}
.histogram{width:100%;max-width:40rem;height:auto;display:block}
.histogram .bar{fill:var(--lzm-zone-desired)}
.histogram .no-growth{fill:var(--lzm-zone-reverse)}
.histogram .axis{stroke:var(--lzm-text-color)}
.histogram text{fill:var(--lzm-text-color);font-size:12px}
section{margin-bottom:2rem}
.figure{max-width:40rem;margin:1rem 0}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr));gap:1rem 2rem}
.figures .figure{margin:0}
lzm-landscape,lzm-senge-wheel,lzm-feedback-legend{display:block}
@page{size:A4;margin:12mm}
@media print{body{font-size:9.5pt;--lzm-print-table:none}.skip,nav,.filter,details.full-table{display:none}header,nav,main,footer{max-width:none;padding:0}
#pupils,#senge{break-before:page}
figure,svg,lzm-barometer,lzm-landscape,lzm-senge-wheel,lzm-feedback-legend,.figure,tr,.look-first li{break-inside:avoid}
.table-wrap{overflow:visible}table{width:100%}th,td{padding:.15rem .3rem}
.dials{grid-template-columns:repeat(3,minmax(0,1fr))}.figures{grid-template-columns:repeat(3,minmax(0,1fr));gap:.5rem 1rem}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page's data block, `{ id: data, … }` as one JSON object, written entry by entry: the
 * elements' data is gathered while the sections are written, so this comes last.
 */
function* dataBlock(sections: readonly RenderedSection[]): Generator<string> {
  yield '<script type="application/json" id="lzm-data">{';
  let first = true;
  for (const section of sections) {
    for (const [id, value] of Object.entries(section.data)) {
      // As JSON.stringify writes an object: an undefined entry is left out.
      if (value === undefined) continue;
      yield `${first ? '' : ','}${jsonForScript(id)}:${jsonForScript(publishData(value))}`;
      first = false;
    }
  }
  yield '}</script>\n';
}

/**
 * The whole page: header, overview, sections, notes, sources; scripts and styles inline and
 * hashed. Streamed: the head (with a CSP that already knows every style block, see
 * elementStyleBlocks) first, then each section as it renders.
 */
export async function* renderPage(input: PageInput): AsyncGenerator<Html> {
  const { lang } = input;
  const runtime = scriptForInline(input.runtime);
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(input.generated);
  const sourceRows = input.sources
    .map((source) => `<tr><th scope="row">${escapeHtml(source.file.replace(/^.*[\\/]/, ''))}</th><td>${escapeHtml(t(lang, `kind.${source.kind}` as 'kind.pupils'))}</td><td>${source.rows}</td></tr>`)
    .join('');
  const summary = input.summary
    ? `<p>${escapeHtml(t(lang, 'page.summary', { pupils: String(input.summary.pupils), groups: String(input.summary.groups), hidden: String(input.summary.hidden), min: String(input.minGroup) }))}</p>`
    : '';
  const overviews = input.sections.filter((section) => section.overview !== undefined);
  const toc = [
    ...(overviews.length ? [{ id: 'overview', title: pt(lang, 'page.overview') }] : []),
    ...input.sections,
    { id: 'notes', title: t(lang, 'page.notes') },
    { id: 'sources', title: t(lang, 'page.sources') },
  ].map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`).join('');
  const notes = input.notes.length
    ? `<ul>${input.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(t(lang, 'page.noNotes'))}</p>`;
  const sources = `<section id="sources" aria-labelledby="sources-title"><h2 id="sources-title">${escapeHtml(t(lang, 'page.sources'))}</h2>${scrollBox(t(lang, 'page.sources'), `<table class="sources"><thead><tr><th scope="col">${escapeHtml(t(lang, 'page.file'))}</th><th scope="col">${escapeHtml(t(lang, 'page.kind'))}</th><th scope="col">${escapeHtml(t(lang, 'page.rows'))}</th></tr></thead><tbody>${sourceRows}</tbody></table>`, lang)}</section>`;
  // The theme for screen and the print theme for paper, as the files have them.
  const style = `${input.themeCss}\n@media print{${input.printCss}}\n${STYLE}`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(runtime)} ${sha256(PAGE_SCRIPT)}`,
    `style-src ${[style, ...elementStyleBlocks()].map(sha256).join(' ')}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const description = pt(lang, 'page.description', { school: input.school ? ` ${lang === 'nl' ? 'van' : 'of'} ${input.school}` : '' });
  yield `<!doctype html>
<html lang="${lang}" data-theme="${input.theme}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(description)}">
<meta name="generator" content="lzm-kit ${VERSION}">
<title>${escapeHtml(input.title)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(pt(lang, 'page.skip'))}</a>
<header>
<h1>${escapeHtml(input.title)}</h1>
${input.school ? `<p class="school"${langAttr(input.textLang, lang)}>${escapeHtml(input.school)}</p>` : ''}
<p class="meta">${escapeHtml(t(lang, 'page.generated', { date }))}</p>
${summary}
</header>
<nav aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(t(lang, 'page.toc'))}</h2><ol>${toc}</ol></nav>
<main id="main" tabindex="-1">
`;
  if (overviews.length) {
    yield `<section id="overview" aria-labelledby="overview-title"><h2 id="overview-title">${escapeHtml(pt(lang, 'page.overview'))}</h2>\n`;
    for (const [index, section] of overviews.entries()) yield [index ? '\n' : '', section.overview!];
    yield '\n</section>';
  }
  yield '\n';
  for (const [index, section] of input.sections.entries()) {
    yield `${index ? '\n' : ''}<section id="${section.id}" aria-labelledby="${section.id}-title"><h2 id="${section.id}-title">${escapeHtml(section.title)}</h2>\n`;
    yield section.html;
    yield '\n</section>';
  }
  yield `
<section id="notes" aria-labelledby="notes-title"><h2 id="notes-title">${escapeHtml(t(lang, 'page.notes'))}</h2>${notes}</section>
${sources}
</main>
<footer><p>${escapeHtml(t(lang, 'page.footer', { version: VERSION }))}</p></footer>
${zoneSymbols()}
`;
  yield dataBlock(input.sections);
  yield `<script type="module">${PAGE_SCRIPT}</script>
<script type="module">${runtime}</script>
</body>
</html>
`;
}
