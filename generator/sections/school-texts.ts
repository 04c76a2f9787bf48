import type { Lang } from '../../components/core/locale.js';
import { escapeHtml } from '../escape.js';
import { langAttr } from '../html.js';
import type { Settings } from './section.js';

/**
 * The school's own texts in a section (dashboard.json's intros, team names, legend meanings) are
 * in the school's language, which may not be the page's: these mark them, so a screen reader reads
 * each with the right voice.
 */

/** The language of the school's texts where it differs from the page's (for `lang` / `text-lang`), else undefined. */
export function schoolLang({ lang, textLang }: Settings): Lang | undefined {
  return textLang && textLang !== lang ? textLang : undefined;
}

/** A section's opening paragraph: the school's intro in its own language, else the page's text (already translated). */
export function introParagraph(intro: string | undefined, pageText: string, settings: Settings): string {
  return intro === undefined ? `<p>${escapeHtml(pageText)}</p>` : `<p${langAttr(settings.textLang ?? settings.lang, settings.lang)}>${escapeHtml(intro)}</p>`;
}
