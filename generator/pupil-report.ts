import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Lang } from '../components/core/locale.js';
import { pupilGain, summarizePairs } from '../components/core/stats.js';
import { escapeHtml } from './escape.js';
import { headerRow, num } from './html.js';
import { addMessages } from '../components/core/locale.js';
import { t as translate } from '../components/core/locale.js';
import type { Cell } from './sections/pupils.js';
import * as theme from '../components/core/theme-defaults.js';

const messages = addMessages({
  nl: {
    'report.title': 'Groei per leerling: groep {group}',
    'report.warning': 'VERTROUWELIJK: alleen voor de leerkracht. Niet publiceren, niet delen, niet op het intranet zetten.',
    'report.pupil': 'Leerling',
    'report.subject': 'Vak',
    'report.pre': 'Voormeting',
    'report.post': 'Nameting',
    'report.gain': 'Groei (in SD)',
    'report.intro': 'Groei = (nameting − voormeting) / gepoolde standaarddeviatie van de groep in dat vak. Leeg: voor- of nameting ontbreekt.',
  },
  en: {
    'report.title': 'Gain per pupil: group {group}',
    'report.warning': 'CONFIDENTIAL: for the teacher only. Do not publish, share, or put on the intranet.',
    'report.pupil': 'Pupil',
    'report.subject': 'Subject',
    'report.pre': 'Pre-test',
    'report.post': 'Post-test',
    'report.gain': 'Gain (in SD)',
    'report.intro': 'Gain = (post-test − pre-test) / the group’s pooled standard deviation in that subject. Empty: pre- or post-test missing.',
  },
});
const t = (lang: Lang, key: keyof typeof messages.nl, params?: Record<string, string>) => translate(lang, key, params);

// The colours of the elements' default theme (one source: components/core/theme-defaults.ts).
const STYLE = `body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;color:${theme.textColor}}.warning{border:3px solid ${theme.errorTextColor};color:${theme.errorTextColor};padding:.5rem 1rem;font-weight:700}table{border-collapse:collapse}th,td{border-bottom:1px solid ${theme.borderColor};padding:.25rem .6rem;text-align:left}`;

/** A file name for a group that is safe on every file system ("5B" → "groep-5B.html"). */
export function reportFileName(group: string): string {
  const safe = group.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w-]+/g, '_').slice(0, 60);
  // A short hash keeps two groups that differ only in unsafe characters apart.
  const hash = createHash('sha256').update(group).digest('hex').slice(0, 6);
  return `groep-${safe || 'x'}-${hash}.html`;
}

/** One teacher-only file per group with each pupil's scores and gain; never linked from the dashboard. */
export function pupilReports(cells: Iterable<Cell>, dir: string, lang: Lang): Array<{ path: string; content: string }> {
  const byGroup = new Map<string, Cell[]>();
  for (const cell of cells) {
    const list = byGroup.get(cell.group);
    if (list) list.push(cell);
    else byGroup.set(cell.group, [cell]);
  }
  const csp = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;
  return [...byGroup].map(([group, groupCells]) => {
    const rows = groupCells.flatMap((cell) => {
      const stats = summarizePairs(cell.acc);
      return cell.pupils.map((pupil) => {
        const gain = stats && pupil.pre !== undefined && pupil.post !== undefined ? num(pupilGain(pupil.pre, pupil.post, stats.pooledSd), lang) : '';
        const score = (value?: number) => (value === undefined ? '' : num(value, lang, 1));
        return `<tr><th scope="row">${escapeHtml(pupil.pupil)}</th><td>${escapeHtml(pupil.subject)}</td><td>${score(pupil.pre)}</td><td>${score(pupil.post)}</td><td>${gain}</td></tr>`;
      });
    });
    const title = t(lang, 'report.title', { group });
    const content = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<p class="warning" role="note">${escapeHtml(t(lang, 'report.warning'))}</p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t(lang, 'report.intro'))}</p>
<table><thead>${headerRow([t(lang, 'report.pupil'), t(lang, 'report.subject'), t(lang, 'report.pre'), t(lang, 'report.post'), t(lang, 'report.gain')])}</thead><tbody>${rows.join('')}</tbody></table>
</main></body>
</html>
`;
    return { path: join(dir, reportFileName(group)), content };
  });
}
