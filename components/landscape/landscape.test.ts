import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { watchLitWarnings } from '../../test/helpers/lit-warnings.js';
import { expectErrorState } from '../../test/helpers/expect-error.js';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './landscape.js';
import type { LandscapeChangeDetail, LzmLandscape } from './landscape.js';
import { PARTS } from './landscape.model.js';
import { systemColor } from '../../test/helpers/system-color.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, key: string) => shadow(el).querySelector(`[data-part="${key}"]`) as SVGGElement;
const tableRows = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' | '));
const radius = (el: Element, island: string) => Number(part(el, island).querySelector('circle')!.getAttribute('r'));
// Radii below are what the eye sees, in view-box units (CSS px on a 400 px wide map): an island's
// area follows its score, with a radius of 50 at the top of the scale (0.4 of 1 → 31.62, 0.8 → 44.72).
const summary = (el: Element) => shadow(el).querySelector('figcaption')!.textContent!;

const DATA = {
  islands: { onderzoeken: 0.4, praktiseren: 0.8, creeren: 0.3 },
  polders: { 'onderzoekend praktiseren': 0.5, 'Praktiserend Creëren': 0.2, pionieren: 0 },
  bridges: [
    { from: 'onderzoeken', to: 'praktiseren', strength: 0.7 },
    { from: 'praktiseren', to: 'onderzoeken', strength: 0.1 },
    { van: 'praktiseren', naar: 'creëren', draagkracht: 0 },
    { from: 'creating', to: 'practising', strength: 1 },
    { from: 'onderzoeken', to: 'creeren', strength: 0.4 },
  ],
};

/** The map drawn, and its table: a chunk that arrives right after the map's first paint. */
async function drawn(el: Element): Promise<void> {
  await waitUntil(() => part(el, 'researching') && shadow(el).querySelector('table'), 'map and table drawn', { timeout: 5000 });
}

async function withData(data: unknown, lang = 'nl', compare?: unknown): Promise<LzmLandscape> {
  const el = await fixture<LzmLandscape>(html`<lzm-landscape lang=${lang}></lzm-landscape>`);
  el.data = data;
  el.compare = compare;
  await el.updateComplete;
  await drawn(el);
  return el;
}

async function fromSrc(template: ReturnType<typeof html>): Promise<LzmLandscape> {
  const el = await fixture<LzmLandscape>(template);
  await waitUntil(() => (part(el, 'researching') && shadow(el).querySelector('table')) || shadow(el).querySelector('[role="alert"]'), 'loaded', { timeout: 5000 });
  return el;
}

describe('<lzm-landscape>', () => {
  // No state set after an update completed (Lit's change-in-update warning), in any test of this file.
  const litWarnings = watchLitWarnings('lzm-landscape');
  after(() => expect(litWarnings()).to.deep.equal([]));

  it('draws island areas in proportion to the scores', async () => {
    const el = await withData(DATA);
    expect(radius(el, 'researching')).to.be.closeTo(31.62, 0.01);
    expect(radius(el, 'practising')).to.be.closeTo(44.72, 0.01);
    expect((radius(el, 'practising') / radius(el, 'researching')) ** 2).to.be.closeTo(2, 0.01);
    // Read-only names say the scale.
    expect(part(el, 'practising').getAttribute('role')).to.equal('img');
    expect(part(el, 'practising').getAttribute('aria-label')).to.equal('praktiseren: 0,8 van 1');
    await expect(el).to.be.accessible();
  });

  it('summarises the map in words (nl and en)', async () => {
    const el = await withData(DATA);
    expect(summary(el)).to.equal(
      'Grootste eiland: praktiseren (0,8); kleinste: creëren (0,3). Grootste polder: onderzoekend praktiseren (0,5). ' +
        'Brug van onderzoeken naar praktiseren sterk (0,7), terug zwak (0,1). ' +
        'Brug van onderzoeken naar creëren matig (0,4), terug niet gemeten. ' +
        'Brug van praktiseren naar creëren afwezig (0), terug sterk (1). ' +
        'Niet gemeten: onderzoekend creëren, brug van creëren naar onderzoeken. Schaal 0–1; oppervlakte en brugdikte volgen de score.',
    );
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(summary(el)).to.match(/^Largest island: practising \(0\.8\); smallest: creating \(0\.3\)\./);
    expect(summary(el)).to.include('Bridge from researching to practising strong (0.7), back weak (0.1).');
    expect(part(el, 'coCreation').getAttribute('aria-label')).to.equal('co-creation: 0.2 of 1');
  });

  it('shows "not measured" distinctly from 0', async () => {
    const el = await withData(DATA);
    const zero = part(el, 'practising>creating');
    const missing = part(el, 'creating>researching');
    expect(zero.classList.contains('zero')).to.equal(true);
    expect(missing.classList.contains('unmeasured')).to.equal(true);
    expect(getComputedStyle(zero.querySelector('path')!).strokeDasharray).to.equal('6px, 4px');
    expect(getComputedStyle(missing.querySelector('path')!).strokeDasharray).to.equal('1px, 4px');
    expect(zero.querySelector('polygon')).to.equal(null);
    expect(part(el, 'creating>practising').querySelector('polygon')).to.exist;
    expect(zero.getAttribute('aria-label')).to.equal('brug van praktiseren naar creëren: 0 van 1');
    expect(missing.getAttribute('aria-label')).to.equal('brug van creëren naar onderzoeken: niet gemeten');
    // A polder of 0 is a (zero-size) shape with its value; an unmeasured one a dotted outline.
    expect(part(el, 'pioneering').classList.contains('zero')).to.equal(true);
    expect(part(el, 'designResearch').classList.contains('unmeasured')).to.equal(true);
    expect(part(el, 'designResearch').textContent).to.include('niet gemeten');
  });

  it('widens bridges with their strength', async () => {
    const el = await withData(DATA);
    const width = (key: string) => Number(part(el, key).querySelector('path')!.getAttribute('stroke-width'));
    expect(width('creating>practising')).to.equal(8);
    expect(width('researching>practising')).to.be.greaterThan(width('researching>creating'));
    expect(width('researching>creating')).to.be.greaterThan(width('practising>researching'));
  });

  it('is one tab stop; arrow keys move through the parts in reading order, with a tooltip explaining each', async () => {
    const el = await withData(DATA);
    // Roving tabindex: one part in the tab order, the others reached with the arrow keys.
    const stops = [...shadow(el).querySelectorAll('[tabindex="0"]')].map((node) => (node as HTMLElement).dataset.part ?? node.tagName);
    expect(stops).to.deep.equal(['researching']);
    expect([...shadow(el).querySelectorAll('[data-part][tabindex="-1"]')].map((node) => (node as HTMLElement).dataset.part)).to.deep.equal(PARTS.slice(1));
    const before = document.createElement('button');
    before.textContent = 'voor';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as SVGElement).dataset.part).to.equal('researching');
    const pageKeys: string[] = [];
    const listener = (event: KeyboardEvent) => !event.defaultPrevented && pageKeys.push(event.key);
    document.addEventListener('keydown', listener);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    document.removeEventListener('keydown', listener);
    expect(pageKeys, 'arrow keys used by the map are not left to the page').to.deep.equal([]);
    const focused = shadow(el).activeElement as SVGElement;
    expect(focused.dataset.part).to.equal('actionResearch');
    // The explanations come with the tooltip's chunk, loaded on the first focus.
    await waitUntil(() => shadow(el).querySelector('[role="tooltip"]'), 'tooltip shown');
    const tip = shadow(el).querySelector('[role="tooltip"]')!;
    expect(tip.textContent).to.include('onderzoekend praktiseren: 0,5');
    expect(tip.textContent).to.include('actieonderzoek');
    expect(focused.getAttribute('aria-describedby')).to.equal('tip');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="tooltip"]')).to.equal(null);
    // The focused part is now the tab stop: Tab goes to the table button, Shift+Tab comes back to it.
    await el.updateComplete;
    expect(focused.getAttribute('tabindex')).to.equal('0');
    expect(shadow(el).querySelectorAll('[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.localName).to.equal('button');
    await sendKeys({ press: 'Shift+Tab' });
    expect((shadow(el).activeElement as SVGElement).dataset.part).to.equal('actionResearch');
    // Round: left from the first part is the last; Home and End.
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    expect((shadow(el).activeElement as SVGElement).dataset.part).to.equal(PARTS.at(-1));
    await sendKeys({ press: 'Home' });
    expect((shadow(el).activeElement as SVGElement).dataset.part).to.equal('researching');
    await sendKeys({ press: 'End' });
    expect((shadow(el).activeElement as SVGElement).dataset.part).to.equal(PARTS.at(-1));
    before.remove();
  });

  it('shows the tooltip on hover too, and hides it on leave', async () => {
    const el = await withData(DATA, 'en');
    part(el, 'creating>practising').querySelector('path')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => shadow(el).querySelector('[role="tooltip"]'), 'tooltip shown');
    const tip = shadow(el).querySelector('[role="tooltip"]')!;
    expect(tip.textContent).to.include('bridge from creating to practising: 1');
    expect(tip.textContent).to.include('width = carrying capacity');
    shadow(el).querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="tooltip"]')).to.equal(null);
  });

  it('compares with an earlier measurement: ghost outlines, legend, change per part', async () => {
    const el = await withData(DATA, 'nl', { islands: { onderzoeken: 0.6, praktiseren: 0.6 }, polders: { pionieren: 0.4 }, bridges: [] });
    el.compareLabel = '2025';
    el.label = '2026';
    await el.updateComplete;
    const ghosts = shadow(el).querySelectorAll('.ghost');
    expect(ghosts).to.have.length(3);
    const ghostRadius = Number(ghosts[0].getAttribute('r'));
    expect(ghostRadius).to.be.closeTo(38.73, 0.01);
    // The ghosts lie under the current land (drawn first) and are not focusable.
    expect(ghosts[0].compareDocumentPosition(part(el, 'researching')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(ghosts[0].closest('[tabindex="0"]') === null, 'ghost not in a focusable part').to.equal(true);
    expect(shadow(el).querySelector('.legend')!.textContent).to.include('stippellijn: 2025');
    const header = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(header).to.deep.equal(['Onderdeel', '2026', '2025', 'Verschil']);
    const rows = tableRows(el);
    expect(rows[0]).to.equal('onderzoeken | 0,4 | 0,6 | −0,2');
    expect(rows[1]).to.equal('praktiseren | 0,8 | 0,6 | +0,2');
    expect(rows[2]).to.equal('creëren | 0,3 | niet gemeten | —');
    expect(rows[6]).to.equal('pionieren | 0 | 0,4 | −0,4');
    await expect(el).to.be.accessible();
  });

  it('has a data table a keyboard user can reveal', async () => {
    const el = await withData(DATA);
    const table = shadow(el).querySelector('table')!;
    // Collapsed: rendered but hidden, out of the accessibility tree.
    expect(table.hidden).to.equal(true);
    expect(getComputedStyle(table).display).to.equal('none');
    expect(tableRows(el)).to.have.length(13);
    expect(tableRows(el)[7]).to.equal('brug van onderzoeken naar praktiseren | 0,7');
    const button = shadow(el).querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(table.hidden).to.equal(false);
    expect(button.getAttribute('aria-label')).to.equal('Verberg tabel: Leerlandschap');
    el.label = '2026';
    await el.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Verberg tabel: Leerlandschap (2026)');
    expect(shadow(el).querySelector('caption')!.textContent).to.equal('Leerlandschap (2026)');
    await expect(el).to.be.accessible();
  });

  it('forced colours: land, bridges, text and focus in system colours; islands and polders still differ', async () => {
    const el = await withData(DATA);
    const style = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!);
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(style('svg').backgroundColor).to.equal(systemColor('Canvas'));
      expect(style('[data-part="researching"] .land').stroke).to.equal(systemColor('CanvasText'));
      expect(style('[data-part="researching"] .land').fill).to.equal(systemColor('Canvas'));
      expect(style('[data-part="actionResearch"] .land').fill).to.equal(systemColor('GrayText'));
      expect(systemColor('GrayText')).not.to.equal(systemColor('Canvas'));
      expect(style('[data-part="researching>practising"] path').stroke).to.equal(systemColor('CanvasText'));
      expect(style('[data-part="researching>practising"] polygon').fill).to.equal(systemColor('CanvasText'));
      expect(style('[data-part="researching"] text').fill).to.equal(systemColor('CanvasText'));
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('at 320 px nothing sticks out of the element, table shown or not; the table prints when collapsed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px"><lzm-landscape></lzm-landscape></div>`);
    const el = wrapper.querySelector('lzm-landscape') as LzmLandscape;
    el.data = DATA;
    el.compare = DATA;
    await waitUntil(() => shadow(el).querySelectorAll('thead th').length === 4, 'map and comparison drawn', { timeout: 5000 });
    expect(el.scrollWidth).to.be.at.most(288);
    el.showTable = true;
    await el.updateComplete;
    expect(shadow(el).querySelector('table')!.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    expect(el.scrollWidth).to.be.at.most(288);
    el.showTable = false;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el).querySelector('table')!).display).to.equal('table');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('without data, draws every part as not measured', async () => {
    const el = await fixture<LzmLandscape>(html`<lzm-landscape></lzm-landscape>`);
    expect(shadow(el).querySelectorAll('.unmeasured')).to.have.length(13);
    expect(summary(el)).to.include('Niet gemeten: onderzoeken, praktiseren, creëren');
    await expect(el).to.be.accessible();
  });

  it('editable: arrow keys change the focused part and fire lzm-change with the whole map', async () => {
    const el = await withData(DATA);
    el.editable = true;
    await el.updateComplete;
    const island = part(el, 'researching');
    // Editable parts are sliders, with their scale.
    expect(island.getAttribute('role')).to.equal('slider');
    expect(island.getAttribute('aria-label')).to.equal('onderzoeken');
    expect([island.getAttribute('aria-valuemin'), island.getAttribute('aria-valuemax'), island.getAttribute('aria-valuenow')]).to.deep.equal(['0', '1', '0.4']);
    expect(island.getAttribute('aria-valuetext')).to.equal('0,4 van 1');
    expect(part(el, 'designResearch').getAttribute('aria-valuetext')).to.equal('niet gemeten');
    island.focus();
    setTimeout(() => sendKeys({ press: 'ArrowUp' }));
    const event = (await oneEvent(el, 'lzm-change')) as CustomEvent<LandscapeChangeDetail>;
    expect(event.detail.islands.researching).to.be.closeTo(0.45, 1e-9);
    expect(event.detail.islands.practising).to.equal(0.8);
    expect(event.detail.polders.pioneering).to.equal(0);
    expect(event.detail.bridges).to.deep.include({ from: 'creating', to: 'practising', strength: 1 });
    expect(event.detail.scale).to.deep.equal([0, 1]);
    await el.updateComplete;
    expect(radius(el, 'researching')).to.be.closeTo(33.54, 0.01);
    expect(island.getAttribute('aria-valuenow')).to.equal('0.45');
    expect(island.getAttribute('aria-valuetext')).to.equal('0,45 van 1');
    // Left and right move to the next part; down changes it.
    await sendKeys({ press: 'ArrowRight' });
    expect((shadow(el).activeElement as SVGElement).dataset.part).to.equal('practising');
    expect(radius(el, 'researching')).to.be.closeTo(33.54, 0.01);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(part(el, 'practising').getAttribute('aria-valuetext')).to.equal('0,75 van 1');
    await expect(el).to.be.accessible();
    // The event's data reads back as the same map.
    const copy = await withData(event.detail);
    expect(radius(copy, 'researching')).to.be.closeTo(33.54, 0.01);
    // Not editable: keys do nothing.
    el.editable = false;
    await el.updateComplete;
    part(el, 'practising').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(radius(el, 'practising')).to.be.closeTo(43.30, 0.01);
    expect(part(el, 'practising').getAttribute('role')).to.equal('img');
  });

  describe('editable: pointer drags (real mouse events)', () => {
    /** A 400 px wide map: one CSS pixel is one view-box unit. */
    async function mapOf400(editable: boolean): Promise<{ el: LzmLandscape; changes: number[][] }> {
      const wrapper = await fixture(html`<div style="width: 400px"><lzm-landscape ?editable=${editable}></lzm-landscape></div>`);
      const el = wrapper.querySelector('lzm-landscape') as LzmLandscape;
      el.data = DATA;
      await el.updateComplete;
      await drawn(el);
      expect(shadow(el).querySelector('svg')!.getBoundingClientRect().width).to.equal(400);
      const changes: number[][] = [];
      el.addEventListener('lzm-change', (event) => {
        const { islands, polders, bridges } = (event as CustomEvent<LandscapeChangeDetail>).detail;
        changes.push([islands.researching, polders.actionResearch, bridges.find((b) => b.from === 'researching' && b.to === 'practising')!.strength]);
      });
      return { el, changes };
    }

    /** Presses at `[x, y]` (CSS px), moves by each offset from there in turn, and lets go. */
    async function drag(el: LzmLandscape, [x, y]: [number, number], moves: [number, number][]) {
      const start: [number, number] = [Math.round(x), Math.round(y)];
      await sendMouse({ type: 'move', position: start });
      await sendMouse({ type: 'down' });
      for (const [dx, dy] of moves) {
        await sendMouse({ type: 'move', position: [start[0] + dx, start[1] + dy] });
        await el.updateComplete;
      }
      await sendMouse({ type: 'up' });
      await el.updateComplete;
    }

    const centreOf = (node: Element): [number, number] => {
      const box = node.getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2];
    };

    afterEach(() => resetMouse());

    it('drags an island outwards to grow it, once per changed value, keeping the focus; arrow keys go on from there', async () => {
      const { el, changes } = await mapOf400(true);
      const circle = part(el, 'researching').querySelector('circle')!;
      const [x, y] = centreOf(circle);
      expect(getComputedStyle(part(el, 'researching')).touchAction).to.equal('none');
      // Grabbed 10 px above the centre (radius √0.4·50 = 31.6), then 2 px further out: 33.6 → 0.452 → 0.45;
      // 2.4 px out (sideways): still 0.45, no event; 7 px out: 38.6 → 0.597 → 0.6.
      await drag(el, [x, y - 10], [[0, -2], [3, -2], [0, -7]]);
      expect(changes.map((c) => c[0])).to.deep.equal([0.45, 0.6]);
      expect(changes[1].slice(1), 'other parts unchanged').to.deep.equal([0.5, 0.7]);
      expect(radius(el, 'researching')).to.be.closeTo(38.73, 0.01);
      expect(part(el, 'researching').getAttribute('aria-valuetext')).to.equal('0,6 van 1');
      expect(tableRows(el)[0]).to.equal('onderzoeken | 0,6');
      expect(summary(el)).to.include('Grootste eiland: praktiseren (0,8); kleinste: creëren (0,3).');
      expect((shadow(el).activeElement as SVGElement).dataset.part).to.equal('researching');
      await sendKeys({ press: 'ArrowUp' });
      expect(changes.map((c) => c[0])).to.deep.equal([0.45, 0.6, 0.65]);
      // Dragged inwards, grabbed anywhere: 15 px right of the centre to 2 px right of it is 13 px
      // inwards: radius 40.3 − 13 = 27.3 → 0.298 → 0.3.
      await drag(el, [x + 15, y], [[-13, 0]]);
      expect(changes.at(-1)![0]).to.equal(0.3);
      expect(radius(el, 'researching')).to.be.closeTo(27.39, 0.01);
      await expect(el).to.be.accessible();
    });

    it('drags a bridge along towards its arrowhead to strengthen it and back to weaken it', async () => {
      const { el, changes } = await mapOf400(true);
      const path = part(el, 'researching>practising').querySelector('path')!;
      const svgBox = shadow(el).querySelector('svg')!.getBoundingClientRect();
      const middle = path.getPointAtLength(path.getTotalLength() / 2);
      const grab: [number, number] = [svgBox.left + middle.x, svgBox.top + middle.y];
      // The bridge runs down-left (from researching on top to practising): 19.7 px along it is
      // +0.16 of the scale (120 px for all of it) → 0.86 → 0.85.
      await drag(el, grab, [[-10, 17]]);
      expect(changes.map((c) => c[2])).to.deep.equal([0.85]);
            expect(Number(path.getAttribute('stroke-width'))).to.equal(7.03);
      expect(part(el, 'researching>practising').getAttribute('aria-valuetext')).to.equal('0,85 van 1');
      expect(tableRows(el)[7]).to.equal('brug van onderzoeken naar praktiseren | 0,85');
      expect((shadow(el).activeElement as SVGElement).dataset.part).to.equal('researching>practising');
      // Back up the bridge by 120 px, its whole scale: 0, drawn dashed without arrowhead.
      const again = path.getPointAtLength(path.getTotalLength() / 2);
      await drag(el, [svgBox.left + again.x, svgBox.top + again.y], [[60, -104]]);
      expect(changes.map((c) => c[2])).to.deep.equal([0.85, 0]);
      expect(Number(path.getAttribute('stroke-width'))).to.equal(1.5);
      expect(part(el, 'researching>practising').classList.contains('zero')).to.equal(true);
      expect(summary(el)).to.include('Brug van onderzoeken naar praktiseren afwezig (0), terug zwak (0,1).');
      await expect(el).to.be.accessible();
    });

    it('drags a polder outwards, clamped at the top of the scale', async () => {
      const { el, changes } = await mapOf400(true);
      const polder = part(el, 'actionResearch');
      // 11 px to the right of its centre is across the ellipse (which lies along the left side
      // of the triangle): far more than its width → 1.
      await drag(el, centreOf(polder.querySelector('path')!), [[11, 0], [25, 0]]);
      expect(changes.map((c) => c[1])).to.deep.equal([1]);
      expect(polder.getAttribute('aria-valuetext')).to.equal('1 van 1');
      expect(tableRows(el)[3]).to.equal('onderzoekend praktiseren | 1');
      expect(summary(el)).to.include('Grootste polder: onderzoekend praktiseren (1).');
    });

    it('a map that is not editable ignores drags and lets touch scroll', async () => {
      const { el, changes } = await mapOf400(false);
      expect(getComputedStyle(part(el, 'researching')).touchAction).to.equal('auto');
      const [x, y] = centreOf(part(el, 'researching').querySelector('circle')!);
      await drag(el, [x, y - 10], [[0, -30]]);
      const path = part(el, 'researching>practising').querySelector('path')!;
      const middle = path.getPointAtLength(path.getTotalLength() / 2);
      const svgBox = shadow(el).querySelector('svg')!.getBoundingClientRect();
      await drag(el, [svgBox.left + middle.x, svgBox.top + middle.y], [[-20, 34]]);
      expect(changes).to.deep.equal([]);
      expect(radius(el, 'researching')).to.be.closeTo(31.62, 0.01);
      // 1.5 units at 0, 8 at the top of the scale: 0.7 → 6.05.
      expect(Number(path.getAttribute('stroke-width'))).to.equal(6.05);
      expect(tableRows(el)[0]).to.equal('onderzoeken | 0,4');
      await expect(el).to.be.accessible();
    });
  });

  it('stops transitions with prefers-reduced-motion and hides the button in print', async () => {
    const el = await withData(DATA);
    const land = part(el, 'researching').querySelector('circle')!;
    expect(getComputedStyle(land).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(land).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el).querySelector('button')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('svg')!).printColorAdjust).to.equal('exact');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('uses larger label text in a narrow container', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><lzm-landscape></lzm-landscape></div>`);
    const el = wrapper.querySelector('lzm-landscape')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'researching').querySelector('text')!).fontSize).to.equal('16px');
    // 16 view-box units at 320 px wide is 12.8 CSS px on screen.
    expect(16 * (320 / 400)).to.be.greaterThan(12);
  });

  describe('data sources', () => {
    it('reads a Dutch Excel CSV (Windows-1252, ;, decimal comma) with a compare column on a 1..5 scale', async () => {
      const el = await fromSrc(html`<lzm-landscape src="/test/fixtures/landschap-win1252.csv" min="1" max="5"></lzm-landscape>`);
      expect(part(el, 'researching').getAttribute('aria-label')).to.equal('onderzoeken: 3,2 van 5');
      expect(radius(el, 'practising')).to.be.closeTo(47.43, 0.01);
      expect(part(el, 'designResearch').classList.contains('unmeasured')).to.equal(true);
      const rows = tableRows(el);
      expect(rows[2]).to.equal('creëren | 2,1 | niet gemeten | —');
      expect(rows[4]).to.equal('onderzoekend creëren | niet gemeten | 2 | —');
      expect(rows[11]).to.equal('brug van praktiseren naar creëren | 1 | 1 | 0');
      expect(rows[12]).to.equal('brug van creëren naar praktiseren | 5 | 4 | +1');
      expect(shadow(el).querySelectorAll('.ghost')).to.have.length(10);
      await expect(el).to.be.accessible();
    });

    it('reads an English CSV (part,from,to,value), bridge rows with or without a part name', async () => {
      const el = await fromSrc(html`<lzm-landscape lang="en" src="/test/fixtures/landscape-en.csv"></lzm-landscape>`);
      expect(part(el, 'creating').getAttribute('aria-label')).to.equal('creating: 0.3 of 1');
      expect(part(el, 'practising>creating').getAttribute('aria-label')).to.equal('bridge from practising to creating: 0 of 1');
      expect(part(el, 'creating>practising').getAttribute('aria-label')).to.equal('bridge from creating to practising: 1 of 1');
      expect(shadow(el).querySelector('.ghost')).to.equal(null);
    });

    it('reads a dropped CSV file given as .data', async () => {
      const el = await fixture<LzmLandscape>(html`<lzm-landscape lang="en"></lzm-landscape>`);
      el.data = new File(['onderdeel;waarde\r\npionieren;0,25\r\nzwemmen;1\r\n'], 'landschap.csv', { type: 'text/csv' });
      for (let i = 0; i < 50 && !shadow(el).querySelector('[role="alert"]'); i++) await aTimeout(20);
      expect(shadow(el).querySelector('[role="alert"] code')!.textContent).to.equal(
        'landschap.csv:3:1: unknown part "zwemmen" (expected: an island, a polder or "bridge" with from and to)',
      );
      el.data = new File(['onderdeel;waarde\r\npionieren;0,25\r\n'], 'landschap.csv', { type: 'text/csv' });
      await waitUntil(() => part(el, 'pioneering'), 'map drawn', { timeout: 5000 });
      expect(part(el, 'pioneering').getAttribute('aria-label')).to.equal('pioneering: 0.25 of 1');
    });

    it('reads JSON with its own scale, Dutch keys and a compare block, and fires lzm-load', async () => {
      const el = document.createElement('lzm-landscape');
      el.setAttribute('src', '/test/fixtures/landscape.json');
      const loaded = oneEvent(el, 'lzm-load');
      document.body.append(el);
      try {
        expect((await loaded).detail).to.deep.equal({ file: 'landscape.json', kind: 'json' });
        await el.updateComplete;
        expect(radius(el, 'researching')).to.be.closeTo(35.36, 0.01);
        // The bottom of the scale is a small island (15 % of the largest radius), never nothing.
        expect(radius(el, 'creating')).to.be.closeTo(7.5, 0.01);
        expect(part(el, 'practising>researching').getAttribute('aria-label')).to.equal('brug van praktiseren naar onderzoeken: 1,5 van 5');
        expect(summary(el)).to.include('Schaal 1–5');
        expect(tableRows(el)[0]).to.equal('onderzoeken | 3 | 2 | +1');
      } finally {
        el.remove();
      }
    });
  });

  describe('errors', () => {
    const expectError = (template: ReturnType<typeof html>, message: string, data?: unknown) =>
      expectErrorState<LzmLandscape>(template, message, { data });

    it('unknown island, with line and column (nl and en)', async () => {
      await expectError(
        html`<lzm-landscape src="/test/fixtures/landschap-fout-eiland.csv"></lzm-landscape>`,
        'landschap-fout-eiland.csv:3:3: onbekend eiland "zwemmen" (verwacht: onderzoeken, praktiseren of creëren)',
      );
      await expectError(
        html`<lzm-landscape lang="en" src="/test/fixtures/landschap-fout-eiland.csv"></lzm-landscape>`,
        'landschap-fout-eiland.csv:3:3: unknown island "zwemmen" (expected: researching, practising or creating)',
      );
    });

    it('unknown part, after a blank line', async () => {
      await expectError(
        html`<lzm-landscape src="/test/fixtures/landschap-fout-onderdeel.csv"></lzm-landscape>`,
        'landschap-fout-onderdeel.csv:4:1: onbekend onderdeel "zwemmen" (verwacht: een eiland, een polder of "brug" met van en naar)',
      );
    });

    it('a bridge from an island to itself', async () => {
      await expectError(
        html`<lzm-landscape lang="en" src="/test/fixtures/landschap-fout-zelf.csv"></lzm-landscape>`,
        'landschap-fout-zelf.csv:3:3: a bridge from "Creeren" to itself does not exist',
      );
    });

    it('a value outside the scale', async () => {
      await expectError(
        html`<lzm-landscape src="/test/fixtures/landschap-fout-schaal.csv"></lzm-landscape>`,
        'landschap-fout-schaal.csv:3:4: 1,40 valt buiten de schaal 0,00–1,00',
      );
    });

    it('text in a number', async () => {
      await expectError(
        html`<lzm-landscape src="/test/fixtures/landschap-fout-getal.csv"></lzm-landscape>`,
        'landschap-fout-getal.csv:2:4: "veel" is geen getal',
      );
    });

    it('a missing column names the accepted headers', async () => {
      await expectError(
        html`<lzm-landscape lang="en" src="/test/fixtures/missing-column.csv"></lzm-landscape>`,
        'missing-column.csv:1: missing column "onderdeel" (accepted: onderdeel, part, deel, element)',
      );
    });

    it('bad JSON data and bad attributes', async () => {
      await expectError(html`<lzm-landscape lang="en"></lzm-landscape>`, 'unknown island "sea" (expected: researching, practising or creating)', {
        bridges: [{ from: 'sea', to: 'creating', strength: 1 }],
      });
      await expectError(html`<lzm-landscape></lzm-landscape>`, '"veel" is geen getal', { islands: { onderzoeken: 'veel' } });
      await expectError(html`<lzm-landscape min="5" max="1"></lzm-landscape>`, 'min (5,00) moet kleiner zijn dan max (1,00)');
      await expectError(html`<lzm-landscape max="vijf"></lzm-landscape>`, 'attribuut max: "vijf" is geen getal');
    });
  });
});
