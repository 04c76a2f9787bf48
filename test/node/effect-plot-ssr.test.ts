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

test('renders the rows, markers and whiskers on the server, sorted by value', () => {
  const out = renderPlot(html`<lzm-effect-plot lang="en" label="Influences" .data=${data}></lzm-effect-plot>`);
  assert.match(out, /<template shadowroot(mode)?="open"/);
  assert.equal(count(out, /role="option"/g), 4);
  // The marks: from the marks' SVG to the legend (whose keys are drawn with the same markers).
  const marks = out.slice(out.indexOf('<svg class="marks"'), out.indexOf('<ul class="legend"'));
  assert.equal(count(marks, /<rect class="dot zone-/g), 4);
  const names = [...out.matchAll(/role="option"[^>]*title="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(names, ['Hoge verwachtingen', 'Feedback', 'Kleinere klassen', 'Overdoen']);
  const zones = [...marks.matchAll(/<rect class="dot zone-(\w+)"/g)].map((m) => m[1]);
  assert.deepEqual(zones, ['desired', 'desired', 'teacher', 'reverse']);
  // The marks' y are the row centres; the SVG is as high as the rows.
  const ys = [...marks.matchAll(/<rect class="dot[^>]*\by="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.deepEqual(ys, [0, 1, 2, 3].map(rowCenter));
  assert.match(out, new RegExp(`<svg class="marks" part="marks" height="${4 * ROW_HEIGHT}"`));
  // One path holds both whiskers (Feedback and Kleinere klassen), three subpaths each.
  const whiskers = out.match(/<path class="whiskers" d="([^"]*)"/)![1];
  assert.equal(count(whiskers, /M/g), 6);
  // Each row is named by its name, d, zone, CI and n, and shows its name (n is generated content).
  assert.match(out, /aria-label="Feedback: d = 0.75, zone of desired effects, 95% CI 0.58–0.92, n = 27"\s+title="Feedback"\s+data-n="27"\s*>Feedback<\/div>/);
  assert.match(out, /role="listbox"\s+tabindex="0"\s+aria-label="Influences"/);
});

test('applies filter, hinge and lang on the server too', async () => {
  const out = withoutMarkers(await collectResult(render(html`<lzm-effect-plot filter="feed" hinge="0.8" .data=${data}></lzm-effect-plot>`)));
  assert.equal(count(out, /role="option"/g), 1);
  assert.match(out, /aria-label="Feedback: d = 0,75, leerkrachteffecten, 95%-BI 0,58–0,92, n = 27"/);
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
  assert.match(out, /aria-label="Feedback: d = 0,75/);
});
