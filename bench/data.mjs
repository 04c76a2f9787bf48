// Deterministic bench data: effect sizes for 320 influences and pupil rows for the generator.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: a small seeded PRNG, so every run draws the same numbers. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normal draw (Box-Muller) from a uniform source. */
function normal(next, mean, sd) {
  const u = 1 - next();
  const v = next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const round2 = (x) => Math.round(x * 100) / 100;
const clamp = (x) => Math.min(1.5, Math.max(-0.3, x));

/**
 * 320 plausible effect sizes in −0.3…1.5, shaped like Hattie's list (mean ≈ 0.40, sd ≈ 0.30),
 * with the sources' anchors (0.18 class size, 0.75 / 1.13 feedback, 1.44 expectations) and
 * both ends of the range present. `next` is a second set for the "update all values" step.
 */
export function influenceList(count = 320, seed = 8) {
  const next = random(seed);
  const anchors = [0.18, 0.75, 1.13, 1.44, -0.3, 1.5];
  const values = Array.from({ length: count }, (_, i) => (i < anchors.length ? anchors[i] : round2(clamp(normal(next, 0.4, 0.3)))));
  const updated = values.map((v) => round2(clamp(v + normal(next, 0, 0.15))));
  const labels = values.map((_, i) => `Invloed ${i + 1}`);
  return { values, next: updated, labels };
}

const GROUPS = ['3a', '3b', '4a', '4b', '5a', '5b', '6a', '6b', '7a', '7b', '8a', '8b'].map((g) => `groep ${g}`);
const SUBJECTS = ['rekenen', 'taal', 'spelling', 'begrijpend lezen'];
const comma = (x) => x.toFixed(1).replace('.', ',');

/**
 * Writes `rows` pupil rows like a Dutch Excel export: `;` separator, decimal commas, CRLF,
 * header `leerling;groep;vak;voormeting;nameting`. Each pseudonymous pupil has one row per subject.
 */
export async function writePupilRows(file, rows, seed = 2024) {
  const next = random(seed);
  const out = createWriteStream(file);
  let chunk = 'leerling;groep;vak;voormeting;nameting\r\n';
  for (let i = 0; i < rows; i++) {
    const pupil = Math.floor(i / SUBJECTS.length);
    const pre = Math.min(100, Math.max(0, normal(next, 55, 12)));
    const post = Math.min(100, Math.max(0, pre + normal(next, 5, 7)));
    chunk += `ll-${String(pupil + 1).padStart(7, '0')};${GROUPS[pupil % GROUPS.length]};${SUBJECTS[i % SUBJECTS.length]};${comma(pre)};${comma(post)}\r\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

const MANY_SUBJECTS = ['rekenen', 'taal', 'spelling', 'begrijpend lezen', 'wereldoriëntatie'];

/**
 * Writes `rows` pupil rows from a school board with many groups: `groups` groups (each with its
 * own name, a few accented), five subjects per pupil, about 1% missing pre-tests, saved as Dutch
 * Excel does: Windows-1252 bytes, `;`, decimal commas, CRLF. Exercises many group × subject
 * cells (memory) and the Windows-1252 path of the reader.
 */
export async function writeManyGroupRows(file, rows, groups, seed = 2025) {
  const next = random(seed);
  const out = createWriteStream(file);
  let chunk = 'leerling;groep;vak;voormeting;nameting\r\n';
  for (let i = 0; i < rows; i++) {
    const pupil = Math.floor(i / MANY_SUBJECTS.length);
    const group = pupil % groups;
    const pre = Math.min(100, Math.max(0, normal(next, 55, 12)));
    const post = Math.min(100, Math.max(0, pre + normal(next, 5, 7)));
    chunk += `ll-${String(pupil + 1).padStart(7, '0')};groep ${group}${group % 7 === 0 ? ' Café' : ''};${MANY_SUBJECTS[i % MANY_SUBJECTS.length]};${i % 97 === 0 ? '' : comma(pre)};${comma(post)}\r\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(Buffer.from(chunk, 'latin1'))) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(Buffer.from(chunk, 'latin1'));
  await once(out, 'finish');
}

const round1 = (x) => Math.round(x * 10) / 10;
const within = (x, min, max) => Math.min(max, Math.max(min, x));

/**
 * Per-element data for the element render bench: `count` instances, each with its own data in the
 * shape of the test fixtures, and a second set (`next`) for the "update all" step. Every set is
 * `{ values, next, labels }` like influenceList, so bench/harness.js runs them unchanged.
 *
 * - landscape: a team survey on a 1..5 scale (test/fixtures/landscape.json): all three islands,
 *   four polders and six bridges (one at the bottom of the scale: drawn as missing), with last year's measurement
 *   under `compare`; `next` is the following measurement.
 * - senge-wheel: the five disciplines with mean, n and sd per discipline, like
 *   test/fixtures/senge-scores-win1252.csv as `.data` rows (so spread whiskers and n are drawn).
 * - feedback-legend: the six default dots with how often each was given on a test
 *   (`nummer`/`aantal`, test/fixtures/legenda-aantallen.json).
 * - barometer: a value and a label (attributes), as in the 320-dial bench.
 */
export function elementData(count = 50, seed = 12) {
  const next = random(seed);
  const survey = (mean, sd) => round1(within(normal(next, mean, sd), 1, 5));
  const islands = ['onderzoeken', 'praktiseren', 'creëren'];
  const polders = ['onderzoekend praktiseren', 'onderzoekend creëren', 'praktiserend creëren', 'pionieren'];
  const pairs = islands.flatMap((from) => islands.filter((to) => to !== from).map((to) => [from, to]));
  const map = (base) => ({
    scale: [1, 5],
    islands: Object.fromEntries(islands.map((name, i) => [name, survey(base[i], 0.6)])),
    polders: Object.fromEntries(polders.map((name) => [name, survey(2.6, 0.7)])),
    bridges: pairs.map(([van, naar], i) => ({ van, naar, draagkracht: i === 5 ? 1 : survey(2.8, 0.9) })),
  });
  const disciplines = ['Systeemdenken', 'Persoonlijk meesterschap', 'Mentale modellen', 'Gedeelde visie', 'Teamleren'];
  const wheel = () =>
    disciplines.map((discipline) => ({ discipline, score: survey(3.3, 0.5), n: 8 + Math.floor(next() * 20), sd: round1(0.5 + next() * 0.6) }));
  const legend = () => [1, 2, 3, 4, 5, 6].map((nummer) => ({ nummer, aantal: Math.floor(next() * 25) }));

  const teams = Array.from({ length: count }, (_, i) => `Team ${i + 1}`);
  const landscape = { values: [], next: [], labels: teams };
  for (let i = 0; i < count; i++) {
    const before = map([3, 3.6, 2.2]);
    const now = map([3.2, 3.8, 2.6]);
    landscape.values.push({ ...now, compare: before });
    landscape.next.push({ ...map([3.4, 3.9, 2.9]), compare: now });
  }
  const influences = influenceList(count, seed);
  return {
    landscape,
    'senge-wheel': { values: teams.map(wheel), next: teams.map(wheel), labels: teams },
    'feedback-legend': { values: teams.map(legend), next: teams.map(legend), labels: teams.map((_, i) => `Toets ${i + 1}`) },
    barometer: influences,
  };
}

/**
 * The rows of the forest-plot bench: `count` influences with the values of influenceList (so the
 * sources' anchors are among them), a name each, n (studies) and a 95% CI that narrows with n, in
 * the typed shape `<lzm-effect-plot>` takes. `next` is the same list with influenceList's second
 * set of values, for the "draw new data" step.
 */
export function forestRows(count = 320, seed = 8) {
  const { values, next: updated, labels } = influenceList(count, seed);
  const draw = random(seed + 1);
  const ns = values.map(() => 3 + Math.floor(draw() * 80));
  const row = (value, i) => {
    const half = round2(0.8 / Math.sqrt(ns[i]) + 0.02);
    return { name: labels[i], value, ciLow: round2(value - half), ciHigh: round2(value + half), n: ns[i] };
  };
  return { rows: values.map(row), next: updated.map(row) };
}
