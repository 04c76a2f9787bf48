import { formatNumber, type Lang } from '../core/locale.js';
import { missingText, t } from './senge-wheel.messages.js';
import type { Discipline, DisciplineScore } from './senge-wheel.model.js';

/** The wheel's words, pure: what a reader hears for each discipline, and the table's cells. */

/** A score as the wheel writes it: one decimal ("3,9"). */
export const scoreText = (x: number, lang: Lang): string => formatNumber(x, lang, 1);

/** "SD 0,6" or "2,0–4,5" (min–max wins when both are given), or undefined. */
export function spreadText(entry: DisciplineScore, fmt: (x: number) => string): string | undefined {
  if (entry.min !== undefined && entry.max !== undefined) return `${fmt(entry.min)}–${fmt(entry.max)}`;
  return entry.sd === undefined ? undefined : `SD ${fmt(entry.sd)}`;
}

/** A change since the earlier moment: "+0,4", "−0,2", and "0,0" never signed. */
export function changeText(delta: number, lang: Lang): string {
  const text = scoreText(delta, lang);
  return delta > 0 && text !== scoreText(0, lang) ? `+${text}` : text.replace(/^−(0[,.]0)$/, '$1');
}

/** "Teamleren: 3,9 (n = 12, SD 0,6; verandering +0,4)", or why there is no score. */
export function describe(key: Discipline, entry: DisciplineScore | undefined, before: number | undefined, minGroup: number, lang: Lang): string {
  const name = t(lang, `d.${key}`);
  if (!entry || entry.hidden || entry.score === undefined) return `${name}: ${missingText(lang, entry?.hidden, minGroup)}`;
  const fmt = (x: number) => scoreText(x, lang);
  const extra = [
    entry.n !== undefined ? `n = ${entry.n}` : '',
    spreadText(entry, fmt),
    before !== undefined ? `${t(lang, 'wheel.change')} ${changeText(entry.score - before, lang)}` : '',
  ].filter(Boolean);
  return `${name}: ${fmt(entry.score)}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
