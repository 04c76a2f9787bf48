import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCsv, trimTrailingEmpty } from '../../components/core/csv.js';
import { parseNumber } from '../../components/core/numbers.js';
import { knowThyImpact, mean, PairedAccumulator, standardDeviation, summarizePairs } from '../../components/core/stats.js';

/**
 * Property-based tests (fast-check, issue 9) for the CSV reader and the statistics: instead of a
 * few hand-picked files, hundreds of random tables and score sets per run. A failure prints the
 * smallest counter-example and the seed to replay it.
 */

const DELIMITERS = [';', ',', '\t'] as const;

/** Cell text as spreadsheets hold it: letters, accents, quotes, delimiters, decimal commas, line breaks. */
const cell = fc.stringMatching(/^[a-zA-Z0-9 ëïéü€"';,\t.\n-]{0,12}$/);
const headerCell = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9 ëé_]{0,10}[a-zA-Z0-9]$/);

/** Writes one field as Excel does: quoted (quotes doubled) when it holds the delimiter, a quote or a line break. */
function field(value: string, delimiter: string, always = false): string {
  return always || value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const table = fc.integer({ min: 2, max: 6 }).chain((columns) =>
  fc.record({
    delimiter: fc.constantFrom(...DELIMITERS),
    newline: fc.constantFrom('\r\n', '\n'),
    headers: fc.uniqueArray(headerCell, { minLength: columns, maxLength: columns, selector: (h) => h.toLowerCase() }),
    rows: fc.array(
      fc.array(cell, { minLength: columns, maxLength: columns }).filter((row) => row.some((value) => value.trim() !== '')),
      { minLength: 1, maxLength: 20 },
    ),
    trailingNewline: fc.boolean(),
  }),
);

test('CSV round-trip: a written table (; , or tab, quotes, decimal commas, line breaks in cells) reads back the same, with its line numbers and delimiter', async () => {
  await fc.assert(
    fc.asyncProperty(table, async ({ delimiter, newline, headers, rows, trailingNewline }) => {
      // Header cells quoted, so the delimiter is found from the header whatever the cells hold.
      const lines = [headers.map((h) => field(h, delimiter, true)).join(delimiter), ...rows.map((row) => row.map((v) => field(v, delimiter)).join(delimiter))];
      const text = lines.join(newline) + (trailingNewline ? newline : '');
      const parsed = await parseCsv(text, 'x.csv');
      assert.equal(parsed.delimiter, delimiter);
      assert.deepEqual(parsed.headers, headers);
      assert.deepEqual(parsed.rows.map((row) => row.values), rows.map((row) => trimTrailingEmpty(row)));
      // Each row starts on the line after the previous one's last line break (cells may hold breaks).
      let line = 2;
      rows.forEach((row, index) => {
        assert.equal(parsed.rows[index].line, line);
        line += row.join('').split('\n').length;
      });
    }),
  );
});

test('delimiter detection: an unquoted header of plain names gives the delimiter it was written with', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...DELIMITERS),
      fc.uniqueArray(headerCell, { minLength: 2, maxLength: 8, selector: (h) => h.toLowerCase() }),
      fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 2, maxLength: 8 }),
      async (delimiter, headers, numbers) => {
        // Dutch decimal commas in a comma-separated file must be quoted, as Excel does.
        const row = headers.map((_, i) => field((numbers[i % numbers.length]).toFixed(2).replace('.', ','), delimiter)).join(delimiter);
        const parsed = await parseCsv(`${headers.join(delimiter)}\r\n${row}\r\n`);
        assert.equal(parsed.delimiter, delimiter);
        assert.equal(parsed.rows[0].values.length, headers.length);
      },
    ),
  );
});

test('decimal comma and decimal point: "12,5" and "12.5" read as the same number; Excel-quoted cells too', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: -99999, max: 99999 }),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom(...DELIMITERS),
      async (units, decimals, delimiter) => {
        const value = units / 10 ** decimals;
        const point = value.toFixed(decimals);
        const comma = point.replace('.', ',');
        assert.equal(parseNumber(point), Number(point));
        assert.equal(parseNumber(comma), Number(point));
        const parsed = await parseCsv(`naam${delimiter}waarde\nx${delimiter}${field(comma, delimiter)}\n`);
        assert.equal(parseNumber(parsed.rows[0].values[1]), Number(point));
      },
    ),
  );
});

/** Pupil scores as schools record them: 0–100 with one decimal, 2 to 60 pupils. */
const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), { minLength: 2, maxLength: 60 })
  .map((list) => ({ pre: list.map(([a]) => a / 10), post: list.map(([, b]) => b / 10) }));

const close = (a: number, b: number, tolerance = 1e-9) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

test('d flips sign (and nothing else) when pre- and post-test are swapped', () => {
  fc.assert(
    fc.property(pairs, ({ pre, post }) => {
      const forward = knowThyImpact(pre, post);
      const backward = knowThyImpact(post, pre);
      assert.equal(forward === undefined, backward === undefined);
      if (!forward || !backward) return;
      assert.ok(close(forward.d, -backward.d), `${forward.d} vs ${backward.d}`);
      assert.ok(close(forward.pooledSd, backward.pooledSd));
      // se has sqrt(1 − r): with r = ±1 up to rounding (two pupils) it is 0 or ~1e-8, so compare absolutely.
      assert.ok(Math.abs(forward.se - backward.se) < 1e-6, `${forward.se} vs ${backward.se}`);
    }),
  );
});

test('d is unchanged when every score is shifted by the same amount, or scaled by the same positive factor', () => {
  fc.assert(
    fc.property(
      pairs,
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      ({ pre, post }, shift, factor) => {
        const base = knowThyImpact(pre, post);
        // Spread below rounding noise is no spread: only data with a real SD has a meaningful d to compare.
        fc.pre(base !== undefined && base.pooledSd > 1e-6);
        const shifted = knowThyImpact(pre.map((x) => x + shift), post.map((x) => x + shift))!;
        const scaled = knowThyImpact(pre.map((x) => x * factor), post.map((x) => x * factor))!;
        assert.ok(close(base!.d, shifted.d, 1e-7), `shift ${shift}: ${base!.d} vs ${shifted.d}`);
        assert.ok(close(base!.d, scaled.d, 1e-7), `scale ${factor}: ${base!.d} vs ${scaled.d}`);
        assert.ok(close(base!.r, shifted.r, 1e-6) && close(base!.r, scaled.r, 1e-6));
      },
    ),
  );
});

test('the streaming accumulator (one pass, Welford) equals the two-pass textbook computation', () => {
  fc.assert(
    fc.property(pairs, ({ pre, post }) => {
      const acc = new PairedAccumulator();
      pre.forEach((x, i) => acc.add(x, post[i]));
      const n = pre.length;
      const [mPre, mPost] = [mean(pre), mean(post)];
      let co = 0;
      for (let i = 0; i < n; i++) co += (pre[i] - mPre) * (post[i] - mPost);
      assert.ok(close(acc.meanPre, mPre) && close(acc.meanPost, mPost));
      assert.ok(close(Math.sqrt(acc.variancePre), standardDeviation(pre), 1e-8));
      assert.ok(close(Math.sqrt(acc.variancePost), standardDeviation(post), 1e-8));
      assert.ok(Math.abs(acc.covariance - co / (n - 1)) <= 1e-8 * Math.max(1, Math.abs(co)));
      const pooled = Math.sqrt((standardDeviation(pre) ** 2 + standardDeviation(post) ** 2) / 2);
      const stats = summarizePairs(acc);
      if (pooled > 1e-6) assert.ok(stats && close(stats.d, (mPost - mPre) / pooled, 1e-7), `${stats?.d}`);
      assert.equal(acc.maxPost, Math.max(...post));
      assert.equal(acc.atMaxPost, post.filter((x) => x === Math.max(...post)).length);
    }),
  );
});

test('number attributes and data cells read a number the same way: "0,62" and "−0.2" alike, anything else NaN where a cell is an error', async () => {
  const { numberAttribute } = await import('../../components/core/attributes.js');
  const fromAttribute = (text: string) => numberAttribute.fromAttribute!(text, Number);
  await fc.assert(
    fc.property(fc.stringMatching(/^ ?[+\-\u2212]?[0-9.,x e]{1,7} ?$/), (text) => {
      let cell: number | undefined | 'error';
      try {
        cell = parseNumber(text);
      } catch {
        cell = 'error';
      }
      const attribute = fromAttribute(text);
      if (cell === 'error') assert.ok(Number.isNaN(attribute), `${JSON.stringify(text)}: a cell error, the attribute ${attribute}`);
      else assert.equal(attribute, cell, JSON.stringify(text));
    }),
  );
});
