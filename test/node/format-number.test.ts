import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatNumber, type Lang } from '../../components/core/locale.js';

/**
 * formatNumber promises Intl.NumberFormat's output (nl-NL / en-GB, fixed fraction digits, no
 * grouping, U+2212 minus) without calling Intl: every number on a dial and in a dashboard table
 * goes through it, so it is checked against Intl itself.
 */
const intl = (value: number, lang: Lang, digits: number) =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })
    .format(value)
    .replace('-', '\u2212');

const langs = fc.constantFrom<Lang>('nl', 'en');
const digits = fc.integer({ min: 0, max: 6 });

test('formatNumber equals Intl.NumberFormat for any double', () => {
  fc.assert(fc.property(fc.double({ noNaN: true }), langs, digits, (value, lang, d) => formatNumber(value, lang, d) === intl(value, lang, d)), { numRuns: 20000 });
});

test('formatNumber equals Intl.NumberFormat on ties and effect sizes (3 decimals, halves)', () => {
  const tie = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000);
  fc.assert(fc.property(tie, langs, digits, (value, lang, d) => formatNumber(value, lang, d) === intl(value, lang, d)), { numRuns: 20000 });
});

test('formatNumber: the cases that differ from toFixed, and the signs', () => {
  assert.equal(formatNumber(1.005, 'en'), '1.01'); // toFixed gives 1.00: Intl rounds the shortest form
  assert.equal(formatNumber(0.365, 'nl'), '0,37');
  assert.equal(formatNumber(-0.2, 'nl', 1), '\u22120,2');
  assert.equal(formatNumber(-0, 'en'), '\u22120.00');
  assert.equal(formatNumber(-0.001, 'nl'), '\u22120,00');
  assert.equal(formatNumber(9.995, 'en'), '10.00');
  assert.equal(formatNumber(1.5e21, 'en', 1), '1500000000000000000000.0');
  assert.equal(formatNumber(Infinity, 'nl'), '∞');
  assert.equal(formatNumber(-Infinity, 'en'), '\u2212∞');
  for (const lang of ['nl', 'en'] as const) for (const value of [Infinity, -Infinity]) assert.equal(formatNumber(value, lang), intl(value, lang, 2));
});
