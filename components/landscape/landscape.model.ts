/**
 * The learning landscape's domain model (Ruijters & Simons 2006): three islands, the polders where
 * they flow together, six directed bridges, and the rules on a scale that every view shares
 * (where a value lies on it, the keyboard's step, the words for a bridge's strength).
 */
export const ISLANDS = ['researching', 'practising', 'creating'] as const;
export type Island = (typeof ISLANDS)[number];

/** The polders between two islands, and pioneering where all three meet. */
export const POLDERS = ['actionResearch', 'designResearch', 'coCreation', 'pioneering'] as const;
export type Polder = (typeof POLDERS)[number];

export const POLDER_ISLANDS: Record<Exclude<Polder, 'pioneering'>, readonly [Island, Island]> = {
  actionResearch: ['researching', 'practising'],
  designResearch: ['researching', 'creating'],
  coCreation: ['practising', 'creating'],
};

export type BridgeKey = `${Island}>${Island}`;

/** Each pair of islands has a bridge each way, listed pair by pair. */
export const BRIDGES: readonly BridgeKey[] = [
  'researching>practising',
  'practising>researching',
  'researching>creating',
  'creating>researching',
  'practising>creating',
  'creating>practising',
];

export type PartKey = Island | Polder | BridgeKey;

/** Every part in reading (and keyboard) order. */
export const PARTS: readonly PartKey[] = [...ISLANDS, ...POLDERS, ...BRIDGES];

export const isBridge = (key: PartKey): key is BridgeKey => key.includes('>');
export const isIsland = (key: PartKey): key is Island => (ISLANDS as readonly string[]).includes(key);
export const bridgeEnds = (key: BridgeKey) => key.split('>') as [Island, Island];

/** Scores per part; a part that is absent was not measured (which is not the same as 0). */
export type LandscapeValues = Partial<Record<PartKey, number>>;

export interface LandscapeReading {
  values: LandscapeValues;
  compare?: LandscapeValues;
  scale: [number, number];
}

/** A value's place on the scale, 0..1 (clamped). */
export function fractionOf(value: number, [min, max]: readonly [number, number]): number {
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** Steps of the scale that the arrow keys and a drag move by: a twentieth. */
export const STEPS = 20;

/** The value that `step` presses (+1 up, -1 down) give from `value`, on the scale and free of float noise. */
export function steppedValue(value: number | undefined, step: number, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.max(min, Math.round(((value ?? min) + (step * (max - min)) / STEPS) * 1e6) / 1e6));
}

/** The word for a bridge's strength: absent at 0, weak below a third of the scale, strong from two thirds. */
export function strengthKey(value: number, scale: readonly [number, number]): 'absent' | 'weak' | 'medium' | 'strong' {
  const f = fractionOf(value, scale);
  return f === 0 ? 'absent' : f < 1 / 3 ? 'weak' : f < 2 / 3 ? 'medium' : 'strong';
}

/** The parts in the JSON shape `.data` takes (`{ islands, polders, bridges }`), measured parts only. */
export interface LandscapeJson {
  islands: Record<string, number>;
  polders: Record<string, number>;
  bridges: { from: Island; to: Island; strength: number }[];
}

/** `detail` of `lzm-change`: the whole map after an edit, in the JSON shape, with its scale. */
export interface LandscapeChangeDetail extends LandscapeJson {
  scale: [number, number];
}

/** The values in the JSON shape, so a trainer's edit or the generator's data read back as the same map. */
export function toJson(values: LandscapeValues): LandscapeJson {
  const json: LandscapeJson = { islands: {}, polders: {}, bridges: [] };
  for (const part of PARTS) {
    const value = values[part];
    if (value === undefined) continue;
    if (isBridge(part)) {
      const [from, to] = bridgeEnds(part);
      json.bridges.push({ from, to, strength: value });
    } else if (isIsland(part)) json.islands[part] = value;
    else json.polders[part] = value;
  }
  return json;
}
