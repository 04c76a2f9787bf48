import { formatNumber, type Lang } from '../core/locale.js';
import type { BarometerReading } from './barometer.data.js';
import type { OffScale, Scale } from './barometer.geometry.js';
import { t } from './barometer.messages.js';

/** A number written on the dial (ticks, the hinge, the off-scale mark): one decimal, two where needed (0,55 stays 0,55). */
export function dialNumber(x: number, lang: Lang): string {
  return formatNumber(x, lang, Math.abs(x * 10 - Math.round(x * 10)) > 1e-9 ? 2 : 1);
}

/** "> 1,2": the mark beside the end of the dial that the value passes. */
export function offScaleMark(off: OffScale, scale: Scale, lang: Lang): string {
  return off === 'above' ? `> ${dialNumber(scale.max, lang)}` : `< ${dialNumber(scale.min, lang)}`;
}

/** "buiten de schaal, boven 1,20", or '' on the scale. */
export function offScaleText(off: OffScale | undefined, scale: Scale, lang: Lang): string {
  if (!off) return '';
  return off === 'above' ? t(lang, 'barometer.aboveScale', { max: formatNumber(scale.max, lang) }) : t(lang, 'barometer.belowScale', { min: formatNumber(scale.min, lang) });
}

/** What the reading says besides its value, in order: CI, n, d_z, r (each only when known). */
export function factsOf(reading: BarometerReading, lang: Lang): string[] {
  const fmt = (x: number) => formatNumber(x, lang);
  const dz = reading.stats?.dz ?? reading.dz;
  const r = reading.stats?.r ?? reading.r;
  const facts: string[] = [];
  if (reading.ciLow !== undefined && reading.ciHigh !== undefined) facts.push(`${t(lang, 'barometer.ci')} ${fmt(reading.ciLow)}–${fmt(reading.ciHigh)}`);
  if (reading.n !== undefined) facts.push(`n = ${reading.n}`);
  if (dz !== undefined && Number.isFinite(dz)) facts.push(`d_z = ${fmt(dz)}`);
  if (r !== undefined) facts.push(`r = ${fmt(r)}`);
  return facts;
}

/** The meter's value text, the whole reading for a screen reader: "Effectgrootte 0,62 — zone (95%-BI …, n = 24); buiten de schaal …". */
export function valueTextOf(value: number, zoneLabel: string, facts: string[], offText: string, lang: Lang): string {
  return `${t(lang, 'barometer.name')} ${formatNumber(value, lang)} — ${zoneLabel}${facts.length ? ` (${facts.join(', ')})` : ''}${offText ? `; ${offText}` : ''}`;
}
