import { createHash } from 'node:crypto';
import type { Lang } from '../components/core/locale.js';
import { VERSION } from '../components/core/version.js';
import { escapeHtml, jsonForScript, scriptForInline } from './escape.js';
import { langAttr, scrollBox, zoneSymbols } from './html.js';
import { t } from './messages.js';
import { pt } from './page.messages.js';
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
  /** The page's own style and script (generator/page/page.css, page-script.js), as the files have them. */
  pageCss: string;
  pageScript: string;
  /** The language the school's own texts (dashboard.json) are written in. */
  textLang: Lang;
}

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
  const pageScript = scriptForInline(input.pageScript);
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
  const style = `${input.themeCss}\n@media print{${input.printCss}}\n${input.pageCss}`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(runtime)} ${sha256(pageScript)}`,
    `style-src ${[style, ...(await elementStyleBlocks())].map(sha256).join(' ')}`,
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
  yield `<script type="module">${pageScript}</script>
<script type="module">${runtime}</script>
</body>
</html>
`;
}
