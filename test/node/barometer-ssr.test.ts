import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { findTag } from './tags.js';

/*
 * The barometer under Lit SSR (the dashboard renders it so): no document, window or layout reads
 * in constructor/willUpdate/render. On main, langOf walks the tree with `instanceof Element` and
 * `ShadowRoot`, which Node lacks (the dashboard's SSR work guards it); stand-ins let this test
 * check the barometer's own code either way.
 */
const globals = globalThis as Record<string, unknown>;
globals.Element ??= class {};
globals.ShadowRoot ??= class {};
const { LzmBarometer } = await import('../../components/barometer/barometer.js');

/** The server-rendered HTML without Lit's hydration comments (they split text runs). */
const ssr = (template: ReturnType<typeof html>) => collectResultSync(render(template)).replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '');

test('server render of a dial: one meter with the whole reading, no legend, detail line or table', () => {
  const out = ssr(html`<lzm-barometer value="0.62" label="Feedback" ci-low="0.41" ci-high="0.83" n="27"></lzm-barometer>`);
  assert.match(out, /<template shadowroot(mode)?="open"/);
  assert.match(out, /role="meter"/);
  assert.match(out, /aria-valuetext="Effectgrootte 0,62 — zone van gewenste effecten \(95%-BI 0,41–0,83, n = 27\)"/);
  assert.match(out, /aria-label="Feedback"/);
  assert.doesNotMatch(out, /class="legend"/);
  assert.doesNotMatch(out, /class="detail"/);
  assert.doesNotMatch(out, /<table/);
  // The scale's labels, inside the viewBox: it starts left of the end-anchored "−0,2" at x = 13.
  const viewBox = out.match(/viewBox="(-?[\d.]+) /)!;
  assert.ok(Number(viewBox[1]) < 0, `viewBox ${viewBox[0]}`);
  assert.deepEqual(findTag(out, 'text', { x: '13', y: '122' }), { x: '13', y: '122', 'text-anchor': 'end', 'dominant-baseline': 'middle' });
  assert.match(out, />−0,2<\/text>/);
});

test('server render with details (after loadDetails): legend, detail line and the legend styles, still no table', async () => {
  await LzmBarometer.loadDetails();
  const out = ssr(html`<lzm-barometer details value="0.3" n="12"></lzm-barometer>`);
  assert.ok(findTag(out, 'ul', { class: 'legend', part: 'legend', 'aria-hidden': 'true' }), 'the zone legend, hidden from screen readers (the meter says it)');
  assert.match(out, /leerkrachteffecten \(0,15–0,40\)/);
  assert.match(out, /<span class="detail">n = 12<\/span>/);
  assert.match(out, /\.swatch\s*\{/); // detailsStyles joined the class's styles
  assert.doesNotMatch(out, /<table/);
  const shown = ssr(html`<lzm-barometer show-table value="0.3"></lzm-barometer>`);
  assert.ok(findTag(shown, 'table', { id: 'data-table', part: 'table' }));
  assert.match(shown, /scharnierpunt<\/th><td>0,40/);
});

test('server render of bad data: the error state, with its texts and styles from the lazy error chunk', async () => {
  const { LzmElement } = await import('../../components/core/lzm-element.js');
  const template = html`<lzm-barometer value="veel"></lzm-barometer>`;
  ssr(template);
  assert.equal(await LzmElement.importsSettled(), true, 'the first pass asks for the error chunk');
  const out = ssr(template);
  assert.match(out, /<div class="error" role="alert" part="error">\s*<strong>Deze gegevens konden niet worden getoond<\/strong>\s*<code>attribuut value: &quot;veel&quot; is geen getal<\/code>/);
  assert.match(out, /\.error\s*\{[^}]*border: 2px solid var\(--lzm-error-color, #b3261e\)/);
  assert.doesNotMatch(out, /role="meter"/);
});
