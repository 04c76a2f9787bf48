import { addMessages, t, type Lang } from './locale.js';

/** Hattie's barometer zones, their boundaries and names. */
export type Zone = 'reverse' | 'developmental' | 'teacher' | 'desired';

/** Hattie's hinge point: about one year's growth for one year of school (Hattie 2009). */
export const DEFAULT_HINGE = 0.4;
/** Upper bound of developmental effects: what pupils would gain without school (Hattie 2009). */
export const DEVELOPMENTAL_LIMIT = 0.15;

addMessages({
  nl: {
    'zone.reverse': 'negatieve effecten',
    'zone.developmental': 'ontwikkelingseffecten',
    'zone.teacher': 'leerkrachteffecten',
    'zone.desired': 'zone van gewenste effecten',
  },
  en: {
    'zone.reverse': 'reverse effects',
    'zone.developmental': 'developmental effects',
    'zone.teacher': 'teacher effects',
    'zone.desired': 'zone of desired effects',
  },
});

/** The zone's name in the language ("zone van gewenste effecten"). */
export function zoneName(zone: Zone, lang: Lang): string {
  return t(lang, `zone.${zone}`);
}

/** The barometer zone of an effect size; the teacher-effects zone ends at the (configurable) hinge. */
export function zoneOf(d: number, hinge: number = DEFAULT_HINGE): Zone {
  if (d < 0) return 'reverse';
  if (d < Math.min(DEVELOPMENTAL_LIMIT, hinge)) return 'developmental';
  if (d < hinge) return 'teacher';
  return 'desired';
}

export interface ZoneRange {
  zone: Zone;
  from: number;
  to: number;
}

/** The four zones as ranges over [min, max]; empty zones (e.g. with a hinge below 0.15) are left out. */
export function zoneRanges(min: number, max: number, hinge: number = DEFAULT_HINGE): ZoneRange[] {
  const developmentalEnd = Math.min(DEVELOPMENTAL_LIMIT, hinge);
  const cuts: ZoneRange[] = [
    { zone: 'reverse', from: -Infinity, to: 0 },
    { zone: 'developmental', from: 0, to: developmentalEnd },
    { zone: 'teacher', from: developmentalEnd, to: hinge },
    { zone: 'desired', from: hinge, to: Infinity },
  ];
  return cuts
    .map((range) => ({ zone: range.zone, from: Math.max(range.from, min), to: Math.min(range.to, max) }))
    .filter((range) => range.to > range.from);
}
