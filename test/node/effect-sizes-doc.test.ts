import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { knowThyImpact, type ImpactStats } from '../../components/core/stats.js';
import { readingNotes, readingText } from '../../components/core/reading.js';

interface WorkedExample {
  name: string;
  pre: number[];
  post: number[];
  expect: Partial<Record<keyof ImpactStats, number>>;
  notes: string[];
}

const doc = readFileSync('docs/effect-sizes.md', 'utf8');
const examples: WorkedExample[] = [...doc.matchAll(/```json worked-example\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));

test('docs/effect-sizes.md has worked examples', () => {
  assert.ok(examples.length >= 4);
});

for (const example of examples) {
  test(`worked example "${example.name}": numbers and notes match the code`, () => {
    const stats = knowThyImpact(example.pre, example.post)!;
    for (const [key, expected] of Object.entries(example.expect)) {
      const actual = stats[key as keyof ImpactStats];
      assert.ok(actual !== undefined && Math.abs(actual - expected!) < 5e-5, `${key}: code ${actual}, doc ${expected}`);
    }
    const notes = readingNotes({ ...stats, hinge: 0.4, paired: true });
    assert.deepEqual(notes, example.notes);
  });
}

test('reading sentences are in the asked language, with its number format', () => {
  const input = { d: 0.69, hinge: 0.4, n: 6, ciLow: 0.07, ciHigh: 1.31, paired: true };
  const nl = readingText(input, 'nl');
  assert.equal(nl[0], 'Met deze groepsgrootte is dit niet te onderscheiden van het scharnierpunt (0,40): het 95%-BI loopt van 0,07 tot 1,31.');
  assert.equal(nl[1], 'Kleine groep (n = 6): één leerling verandert het getal flink; lees het met zorg.');
  const en = readingText(input, 'en');
  assert.equal(en[2], 'One group with a pre- and post-test measures growth, not what caused it.');
});

test('spread rule only when the correlation is not already low; ceiling needs at least 3 pupils', () => {
  assert.deepEqual(readingNotes({ d: 0.5, hinge: 0.4, r: 0.8, sdPre: 2, sdPost: 5 }), ['spreadDiffers']);
  assert.deepEqual(readingNotes({ d: 0.5, hinge: 0.4, r: 0.1, sdPre: 2, sdPost: 5 }), ['lowCorrelation']);
  assert.deepEqual(readingNotes({ d: 0.5, hinge: 0.4, n: 10, ceilingShare: 0.2 }), []);
  assert.deepEqual(readingNotes({ d: 0.5, hinge: 0.4, n: 15, ceilingShare: 0.2 }), ['ceiling']);
});
