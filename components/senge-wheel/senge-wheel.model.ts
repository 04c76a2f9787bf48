/**
 * The wheel's domain model: Senge's five disciplines and the OECD's seven dimensions, a
 * discipline's result (score, n, spread, or hidden and why), and the privacy rule for small groups
 * that the element, its data reader and the dashboard share.
 */

/** Senge's disciplines; the first is the hub (systems thinking ties the other four together). */
export const SENGE = ['systems', 'mastery', 'models', 'vision', 'team'] as const;

/** The OECD / Wales "school as a learning organisation": seven dimensions, all in the ring. */
export const OECD = ['oVision', 'oStaff', 'oTeam', 'oEnquiry', 'oKnowledge', 'oExternal', 'oLeader'] as const;

export type Discipline = (typeof SENGE)[number] | (typeof OECD)[number];

export type Model = 'senge' | 'oecd';

export const keysOf = (model: Model): readonly Discipline[] => (model === 'oecd' ? OECD : SENGE);

/**
 * Why a discipline shows no score: `small`, fewer answers than min-group; `complement`, enough
 * answers, but hidden so that a smaller team's score cannot be worked out from it.
 */
export type HiddenReason = 'small' | 'complement';

export const HIDDEN_REASONS: readonly string[] = ['small', 'complement'] satisfies HiddenReason[];

/** One discipline's result: a score with optional n and spread, or hidden (privacy) and why. */
export interface DisciplineScore {
  score?: number;
  n?: number;
  sd?: number;
  min?: number;
  max?: number;
  /** No number may be shown, for this reason. */
  hidden?: HiddenReason;
}

export type Scores = Partial<Record<Discipline, DisciplineScore>>;

/** What the wheel shows: the latest moment, and the one before it when the data has two. */
export interface WheelReading {
  current: Scores;
  earlier?: Scores;
}

export interface WheelOptions {
  model: Model;
  min: number;
  max: number;
  minGroup: number;
}

/** Privacy: a result of fewer than `minGroup` answers keeps only its n and the reason, no numbers. */
export function hideSmall(score: DisciplineScore, minGroup: number): DisciplineScore {
  return score.n !== undefined && score.n < minGroup ? { n: score.n, hidden: 'small' } : score;
}

export interface Scale {
  min: number;
  max: number;
}

/** Low and high end of a spread: min/max when given, else score ± SD; clamped to the scale. */
export function spreadOf(entry: DisciplineScore, scale: Scale): [number, number] | undefined {
  const { score, sd, min, max } = entry;
  if (score === undefined) return undefined;
  const low = min ?? (sd === undefined ? undefined : score - sd);
  const high = max ?? (sd === undefined ? undefined : score + sd);
  return low === undefined || high === undefined ? undefined : [Math.max(scale.min, low), Math.min(scale.max, high)];
}
