import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseData } from '../../components/core/load.js';
import { decodeBytes } from '../../components/core/decode.js';
import { entriesFromData, entriesFromLoaded } from '../../components/feedback-legend/feedback-legend.data.js';

test('the legend reader works without a DOM: Windows-1252 CSV, names and hex colours', async () => {
  const file = 'test/fixtures/legenda-win1252.csv';
  const loaded = await parseData(decodeBytes(new Uint8Array(readFileSync(file))), 'legenda-win1252.csv');
  const entries = entriesFromLoaded(loaded);
  assert.deepEqual(
    entries.map((e) => [e.number, e.name[1], e.shape ?? e.glyph, e.count]),
    [[1, 'rood', 'circle', 7], [2, 'blauw', 'square', 12], [3, 'geel', 'star', 3], [4, 'groen', '?', 0]],
  );
  // (Not the en dash of line 2: Node's TextDecoder reads Windows-1252 bytes 0x80–0x9F as Latin-1,
  // nodejs/node#56542, a data-layer matter for core/decode.ts.)
  assert.equal(entries[2].meaning, 'Bijna: één onderdeel ontbreekt');
});

test('without a browser, CSS colour names beyond the table are refused with a clear message', () => {
  assert.throws(() => entriesFromData([{ colour: 'tomato', meaning: 'x' }], 'legend.json'), (error: Error & { format(lang: string): string }) => {
    assert.equal(error.format('en'), 'legend.json:1: unknown colour "tomato": use a colour name (red, blue, green, …) or a CSS colour such as #d32f2f');
    return true;
  });
});
