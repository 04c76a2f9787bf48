import { addMessages, formatNumber, t, type Lang } from './locale.js';

/**
 * Plain-language reading of an effect size: the rules that keep a teacher from over-reading a
 * class's d. Hattie himself, Simpson (2017) and Bergeron (2017) warn that 0.40 is not a verdict;
 * these notes say what the number can and cannot carry. Each rule and threshold is documented
 * in docs/effect-sizes.md, with worked examples the tests check.
 */
export type ReadingNote = 'equalGains' | 'ciCrossesHinge' | 'smallGroup' | 'lowCorrelation' | 'spreadDiffers' | 'ceiling' | 'growthNotCause';

/** Below this many pupils a d moves a lot with one pupil: "read with care". */
export const SMALL_GROUP = 10;
/** Pre/post correlation below this suggests the two tests measured different things. */
export const LOW_CORRELATION = 0.3;
/** SD ratio post/pre outside [1/2, 2]: the score ranges differ a lot. */
export const SPREAD_RATIO = 2;
/** At least this share of pupils (and at least 3) on the highest post score: a ceiling. */
export const CEILING_SHARE = 0.2;

export interface ReadingInput {
  d: number;
  hinge: number;
  n?: number;
  ciLow?: number;
  ciHigh?: number;
  /** Pre/post correlation (paired data only). */
  r?: number;
  /** SD of the gains (paired data only); 0 when every pupil gained exactly the same. */
  sdGain?: number;
  sdPre?: number;
  sdPost?: number;
  /** Share of pupils on the highest observed post score (paired data only). */
  ceilingShare?: number;
  /** True when d comes from one group's pre- and post-test. */
  paired?: boolean;
}

// The clauses a note shares with its general explanation (readingClauses), written once.
addMessages({
  nl: {
    'reading.equalGains': 'Elke leerling groeide precies evenveel (r = 1; bijvoorbeeld voormeting = nameting voor iedereen): {noInterval} Controleer of de juiste toetsen gekoppeld zijn.',
    'reading.ciCrossesHinge': 'Met deze groepsgrootte is dit niet te onderscheiden van het scharnierpunt ({hinge}): het 95%-BI loopt van {low} tot {high}.',
    'reading.smallGroup': 'Kleine groep (n = {n}): {oneMoves}',
    'reading.lowCorrelation': 'Voor- en nameting hangen weinig samen (r = {r}): {sameKind}',
    'reading.spreadDiffers': 'De spreiding van voor- en nameting verschilt sterk (SD {sdPre} tegen {sdPost}): {sameKind}',
    'reading.ceiling': 'Plafond: {percent}% van de leerlingen haalde de hoogste score op de nameting; {tooEasy}',
    'reading.growthNotCause': 'Eén groep met een voor- en nameting meet groei, niet wat die groei veroorzaakte.',
    'reading.noInterval': 'een betrouwbaarheidsinterval is dan niet te berekenen.',
    'reading.oneMoves': 'één leerling verandert het getal flink; lees het met zorg.',
    'reading.sameKind': 'waren het wel toetsen van dezelfde soort?',
    'reading.tooEasy': 'de toets was misschien te makkelijk om groei te laten zien.',
  },
  en: {
    'reading.equalGains': 'Every pupil gained exactly the same (r = 1; for instance pre-test = post-test for all): {noInterval} Check that the right tests were paired.',
    'reading.ciCrossesHinge': 'With this group size this cannot be told apart from the hinge point ({hinge}): the 95% CI runs from {low} to {high}.',
    'reading.smallGroup': 'Small group (n = {n}): {oneMoves}',
    'reading.lowCorrelation': 'Pre- and post-test scores hardly go together (r = {r}): {sameKind}',
    'reading.spreadDiffers': 'The spread of pre- and post-test differs a lot (SD {sdPre} against {sdPost}): {sameKind}',
    'reading.ceiling': 'Ceiling: {percent}% of pupils reached the top score on the post-test; {tooEasy}',
    'reading.growthNotCause': 'One group with a pre- and post-test measures growth, not what caused it.',
    'reading.noInterval': 'no confidence interval can be computed.',
    'reading.oneMoves': 'one pupil moves the number a lot; read it with care.',
    'reading.sameKind': 'were they the same kind of test?',
    'reading.tooEasy': 'the test may have been too easy to show growth.',
  },
});

/** Which notes apply, in the order they should be read. Pure; thresholds above. */
export function readingNotes(input: ReadingInput): ReadingNote[] {
  const notes: ReadingNote[] = [];
  const { ciLow, ciHigh, hinge, n, r, sdPre, sdPost, ceilingShare } = input;
  if (input.sdGain === 0) notes.push('equalGains');
  if (ciLow !== undefined && ciHigh !== undefined && ciLow < hinge && hinge < ciHigh) notes.push('ciCrossesHinge');
  if (n !== undefined && n < SMALL_GROUP) notes.push('smallGroup');
  if (r !== undefined && r < LOW_CORRELATION) notes.push('lowCorrelation');
  else if (sdPre && sdPost && (sdPost / sdPre > SPREAD_RATIO || sdPre / sdPost > SPREAD_RATIO)) notes.push('spreadDiffers');
  if (ceilingShare !== undefined && n !== undefined && ceilingShare >= CEILING_SHARE && ceilingShare * n >= 3) notes.push('ceiling');
  if (input.paired) notes.push('growthNotCause');
  return notes;
}

/**
 * What the notes' sentences share with a general explanation of them (the generator's legend of
 * short notes): the clauses, and the thresholds as the rules above apply them.
 */
export function readingClauses(lang: Lang): Record<'noInterval' | 'oneMoves' | 'sameKind' | 'tooEasy' | 'small' | 'lowR' | 'ratio', string> {
  return {
    noInterval: t(lang, 'reading.noInterval'),
    oneMoves: t(lang, 'reading.oneMoves'),
    sameKind: t(lang, 'reading.sameKind'),
    tooEasy: t(lang, 'reading.tooEasy'),
    small: String(SMALL_GROUP),
    lowR: formatNumber(LOW_CORRELATION, lang, 1),
    ratio: String(SPREAD_RATIO),
  };
}

/** The notes as sentences in the language. */
export function readingText(input: ReadingInput, lang: Lang): string[] {
  const fmt = (value: number | undefined) => (value === undefined ? '' : value);
  const clauses = readingClauses(lang);
  return readingNotes(input).map((note) =>
    t(lang, `reading.${note}`, {
      ...clauses,
      hinge: input.hinge,
      low: fmt(input.ciLow),
      high: fmt(input.ciHigh),
      n: String(input.n ?? ''),
      r: fmt(input.r),
      sdPre: fmt(input.sdPre),
      sdPost: fmt(input.sdPost),
      percent: String(Math.round((input.ceilingShare ?? 0) * 100)),
    }),
  );
}
