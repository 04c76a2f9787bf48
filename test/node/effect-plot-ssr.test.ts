// <lzm-effect-plot> rendered in Node with Lit SSR, as the dashboard generator renders it: the rows,
// markers and whiskers must be in the server's HTML (declarative shadow DOM), not drawn later.
import '@lit-labs/ssr';
import { render } from '@lit-labs/ssr';
import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../components/effect-plot/effect-plot.js';
import { ROW_HEIGHT, rowCenter } from '../../components/effect-plot/effect-plot.geometry.js';
import { renderElement } from '../../generator/ssr.js';

const data = [
  { name: 'Kleinere klassen', value: 0.18, ciLow: 0.1, ciHigh: 0.26, n: 96 },
  { name: 'Feedback', value: 0.75, ciLow: 0.58, ciHigh: 0.92, n: 27 },
  { name: 'Hoge verwachtingen', value: 1.44 },
  { name: 'Overdoen', value: -0.16, n: 12 },
];

// Lit's hydration markers (<!--lit-part-->, <!--lit-node 3-->) split text; the assertions read the markup without them.
const withoutMarkers = (out: string) => out.replace(/<!--[^>]*-->/g, '');
const renderPlot = (template: ReturnType<typeof html>) => withoutMarkers(collectResultSync(render(template)));
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

test('renders the rows, markers, whiskers, legend and its styles on the server, sorted by value', async () => {
  // The generator's renderer: a second pass draws what the details chunk (legend, table) adds.
  const out = withoutMarkers(await renderElement({ tag: 'lzm-effect-plot', attributes: { lang: 'en', label: 'Influences' }, data }));
  assert.match(out, /<template shadowroot(mode)?="open"/);
  assert.equal(count(out, /role="option"/g), 4);
  // The marks: from the marks' SVG to the legend (whose keys are drawn with the same markers).
  const marks = out.slice(out.indexOf('<svg class="marks"'), out.indexOf('<ul class="legend"'));
  // One <text> a zone, a glyph a row, placed by lists of x (percentages) and y (the row centres).
  const zones = [...marks.matchAll(/<text class="dot zone-(\w+)" x="([^"]*)" y="([^"]*)">([^<]*)<\/text>/g)]
    .map(([, zone, x, y, glyphs]) => ({ zone, x: x.split(' '), y: y.split(' ').map(Number), glyphs }));
  assert.deepEqual(zones.map((z) => [z.zone, z.glyphs]), [['desired', '●●'], ['teacher', '◆'], ['reverse', '▼']]);
  assert.deepEqual(zones.flatMap((z) => z.y), [0, 1, 2, 3].map(rowCenter));
  assert.ok(zones.every((z) => z.x.length === z.glyphs.length && z.x.every((x) => /^\d+(\.\d+)?%$/.test(x))));
  assert.match(out, new RegExp(`<svg class="marks" part="marks" height="${4 * ROW_HEIGHT}"`));
  // One path holds both whiskers (Feedback and Kleinere klassen), three subpaths each.
  const whiskers = out.match(/<path class="whiskers" d="([^"]*)"/)![1];
  assert.equal(count(whiskers, /M/g), 6);
  // Each row shows its name (one binding); n of all rows is one text, a word a row. No row is active on the server.
  const names = [...out.matchAll(/<div class="row" part="row" role="option">([^<]*)<\/div>/g)].map((m) => m[1]);
  assert.deepEqual(names, ['Hoge verwachtingen', 'Feedback', 'Kleinere klassen', 'Overdoen']);
  assert.match(out, /<div class="n" aria-hidden="true">\u00a0 27 96 12<\/div>/);
  assert.match(out, /role="listbox"\s+tabindex="0"\s+aria-label="Influences"/);
  assert.doesNotMatch(out.slice(out.indexOf('</style>')), /aria-activedescendant|aria-selected/);
  // The legend, and its styles in the shadow root's <style>.
  assert.match(out, /<ul class="legend" part="legend">/);
  assert.match(out, /zone of desired effects \(≥ 0.40\)/);
  assert.match(out, /<style>[^<]*\.legend ?\{[^<]*<\/style>/);
});

test('applies filter, hinge and lang on the server too', async () => {
  const out = withoutMarkers(await collectResult(render(html`<lzm-effect-plot filter="feed" hinge="0.8" .data=${data}></lzm-effect-plot>`)));
  assert.equal(count(out, /role="option"/g), 1);
  assert.match(out, /<text class="dot zone-teacher"[^>]*>◆<\/text>/);
  assert.match(out, /1 van 4 invloeden met &quot;feed&quot;/);
});

test('renders the error state for a bad attribute on the server (the generator\'s renderer waits for the error chunk)', async () => {
  const out = withoutMarkers(await renderElement({ tag: 'lzm-effect-plot', attributes: { lang: 'en', hinge: 'hoog' }, data }));
  assert.match(out, /role="alert"/);
  assert.match(out, /<code>attribute hinge: &quot;hoog&quot; is not a number<\/code>/);
  assert.equal(count(out, /role="option"/g), 0);
});

test('data that needs the influences reader (aliases, text numbers): one pass has no rows yet; the generator\'s renderer waits for the reader and draws them', async () => {
  const value = [{ naam: 'Feedback', effectgrootte: '0,75' }];
  const first = renderPlot(html`<lzm-effect-plot .data=${value}></lzm-effect-plot>`);
  assert.equal(count(first, /role="option"/g), 0);
  const out = withoutMarkers(await renderElement({ tag: 'lzm-effect-plot', attributes: {}, data: value }));
  assert.equal(count(out, /role="option"/g), 1);
  assert.match(out, />Feedback<\/div>/);
});
