import { formatNumber, type Lang } from '../core/locale.js';
import { t } from './landscape.messages.js';
import { BRIDGES, ISLANDS, PARTS, POLDERS, bridgeEnds, isBridge, strengthKey, type LandscapeReading, type PartKey } from './landscape.model.js';

/**
 * The landscape's words, pure: names of parts, values with their scale, and the summary that a
 * reader hears and sees under the map.
 */

/** A score as short as it can be written: "0,6", "1", never "0,60". */
export function formatScore(value: number | undefined, lang: Lang): string {
  if (value === undefined) return t(lang, 'ls.notMeasured');
  return formatNumber(value, lang).replace(/([.,]\d*?)0+$/, '$1').replace(/[.,]$/, '');
}

/** "0,6 van 1": a value with the top of its scale, so a number alone never has to be guessed. */
export function valueText(value: number | undefined, scale: readonly [number, number], lang: Lang): string {
  return value === undefined ? t(lang, 'ls.notMeasured') : t(lang, 'ls.ofScale', { value: formatScore(value, lang), max: formatScore(scale[1], lang) });
}

export function partName(key: PartKey, lang: Lang): string {
  if (!isBridge(key)) return t(lang, `ls.${key}`);
  const [from, to] = bridgeEnds(key);
  return t(lang, 'ls.bridge', { from: t(lang, `ls.${from}`), to: t(lang, `ls.${to}`) });
}

/** The chart's name: the map's title, with the measurement's label when there is one. */
export function chartName(label: string | undefined, lang: Lang): string {
  return label ? `${t(lang, 'ls.title')} (${label})` : t(lang, 'ls.title');
}

/** "sterk (0,8)": a bridge's strength in a word and a number. */
function strengthWord(value: number | undefined, scale: readonly [number, number], lang: Lang): string {
  if (value === undefined) return t(lang, 'ls.notMeasured');
  return `${t(lang, `ls.${strengthKey(value, scale)}`)} (${formatScore(value, lang)})`;
}

/** The map in sentences: largest and smallest island, largest polder, each pair of bridges, what was not measured, the scale. */
export function summary({ values, scale }: LandscapeReading, lang: Lang): string {
  const fmt = (x: number) => formatScore(x, lang);
  const name = (key: PartKey) => partName(key, lang);
  const sentences: string[] = [];
  const measured = (keys: readonly PartKey[]) => keys.filter((key) => values[key] !== undefined).sort((a, b) => values[b]! - values[a]!);
  const islands = measured(ISLANDS);
  if (islands.length) {
    const [big, small] = [islands[0], islands[islands.length - 1]];
    sentences.push(t(lang, 'ls.largest', { name: name(big), value: fmt(values[big]!), small: name(small), smallValue: fmt(values[small]!) }));
  }
  const polders = measured(POLDERS);
  if (polders.length) sentences.push(t(lang, 'ls.largestPolder', { name: name(polders[0]), value: fmt(values[polders[0]]!) }));
  for (let i = 0; i < BRIDGES.length; i += 2) {
    const [from, to] = bridgeEnds(BRIDGES[i]);
    sentences.push(t(lang, 'ls.pair', { from: name(from), to: name(to), there: strengthWord(values[BRIDGES[i]], scale, lang), back: strengthWord(values[BRIDGES[i + 1]], scale, lang) }));
  }
  const missing = PARTS.filter((key) => values[key] === undefined);
  if (missing.length) sentences.push(t(lang, 'ls.missing', { list: missing.map(name).join(', ') }));
  sentences.push(t(lang, 'ls.scale', { min: fmt(scale[0]), max: fmt(scale[1]) }));
  return sentences.join(' ');
}
