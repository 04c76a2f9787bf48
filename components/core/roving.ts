/**
 * Keyboard movement inside a chart that is one tab stop (roving tabindex, Chartability): which
 * item a key moves the focus to. Pure, so the landscape and the wheel share one rule.
 */

/** All four arrows move: right and down forwards, left and up back. */
export const ALL_ARROWS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Only left and right move (up and down are left to a slider's value). */
export const SIDE_ARROWS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1 };

/**
 * The index the focus goes to from `index` among `count` items: the arrows in `moves` step round
 * (past the last is the first), Home is the first, End the last; -1 for any other key.
 */
export function rovingTarget(key: string, index: number, count: number, moves: Readonly<Record<string, number>> = ALL_ARROWS): number {
  if (index < 0 || count === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = moves[key];
  return step === undefined ? -1 : (((index + step) % count) + count) % count;
}
