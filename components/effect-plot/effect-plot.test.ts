import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectErrorState } from '../../test/helpers/expect-error.js';
import './effect-plot.js';
import { LzmEffectPlot, type LzmSelectDetail } from './effect-plot.component.js';
import { defineElement } from '../core/define.js';
import { AXIS_HEIGHT, PLOT, ROW_HEIGHT } from './effect-plot.geometry.js';
import { MARKER_GLYPHS } from './effect-plot.marker.js';

const INFLUENCES = [
  { name: 'Kleinere klassen', value: 0.18, ciLow: 0.1, ciHigh: 0.26, n: 96 },
  { name: 'Feedback', value: 0.75, ciLow: 0.58, ciHigh: 0.92, n: 27 },
  { name: 'Hoge verwachtingen voor alle leerlingen, ook voor hen die het moeilijk hebben', value: 1.44 },
  { name: 'Televisie', value: -0.18, ciLow: -0.3, ciHigh: -0.06 },
  { name: 'Zomervakantie', value: 0.1, n: 40 },
];

/** 320 rows with names, CI and n, like Hattie's list. */
const LONG_LIST = Array.from({ length: 320 }, (_, i) => {
  const value = Math.round((Math.sin(i * 1.7) * 0.6 + 0.45) * 100) / 100;
  return { name: `Invloed ${i + 1}`, value, ciLow: value - 0.12, ciHigh: value + 0.12, n: 10 + i };
});

const shadow = (el: Element) => el.shadowRoot!;
const list = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
const names = (el: Element) => options(el).map((row) => row.textContent!.trim());
const active = (el: Element) => shadow(el).getElementById(list(el).getAttribute('aria-activedescendant') ?? '');
const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2];

/** A drawn marker: its zone, glyph and the glyph's box on the page. */
interface Marker {
  zone: string;
  glyph: string;
  box: DOMRect;
  text: SVGTextElement;
}

/** The markers, top to bottom: one glyph a row, all of a zone in one <text> of the marks' SVG (user units are px). */
function markers(el: Element): Marker[] {
  const marks = shadow(el).querySelector('svg.marks')!.getBoundingClientRect();
  const found: Marker[] = [];
  for (const text of shadow(el).querySelectorAll<SVGTextElement>('svg.marks text.dot')) {
    const glyphs = [...text.textContent!];
    glyphs.forEach((glyph, i) => {
      const extent = text.getExtentOfChar(i);
      found.push({ zone: text.classList[1], glyph, box: new DOMRect(marks.left + extent.x, marks.top + extent.y, extent.width, extent.height), text });
    });
  }
  return found.sort((a, b) => a.box.top - b.box.top);
}

/** The details chunk (legend, table, spoken text) has arrived and is drawn. */
const detailsDrawn = (el: Element) => waitUntil(() => shadow(el).querySelector('[part="legend"]'), 'details drawn');

/** What a screen reader says for row `position`: made active (a click), its accessible name. */
async function spoken(el: LzmEffectPlot, position: number): Promise<string | null> {
  await detailsDrawn(el);
  options(el)[position].click();
  await el.updateComplete;
  expect(active(el)).to.equal(options(el)[position]);
  return active(el)!.getAttribute('aria-label');
}

async function plot(data: unknown, attributes = html``) {
  const el = await fixture<LzmEffectPlot>(html`<lzm-effect-plot>${attributes}</lzm-effect-plot>`);
  el.data = data;
  await el.updateComplete;
  return el;
}

/** Where a value must be drawn: the plot area spans PLOT.left…PLOT.right of the marks' width. */
function expectedX(el: Element, value: number, min: number, max: number): number {
  const box = shadow(el).querySelector('svg.marks')!.getBoundingClientRect();
  const fraction = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return box.left + box.width * (PLOT.left + fraction * (PLOT.right - PLOT.left));
}

describe('<lzm-effect-plot>', () => {
  it('draws one row per influence, largest first, each marker at its d and in its row', async () => {
    const el = await plot(INFLUENCES);
    expect(names(el)).to.deep.equal([
      'Hoge verwachtingen voor alle leerlingen, ook voor hen die het moeilijk hebben',
      'Feedback',
      'Kleinere klassen',
      'Zomervakantie',
      'Televisie',
    ]);
    // The data reach 1,44 and −0,3: the scale grows to whole ticks, −0,4…1,6.
    const values = [1.44, 0.75, 0.18, 0.1, -0.18];
    markers(el).forEach(({ box }, i) => {
      const [x, y] = centre(box);
      expect(x, `x of row ${i}`).to.be.closeTo(expectedX(el, values[i], -0.4, 1.6), 0.6);
      const row = options(el)[i].getBoundingClientRect();
      expect(row.height).to.equal(ROW_HEIGHT);
      expect(y, `y of row ${i}`).to.be.closeTo(row.top + ROW_HEIGHT / 2, 1);
    });
    const ticks = [...shadow(el).querySelectorAll('.axis .tick text')].map((text) => text.textContent);
    expect(ticks).to.deep.equal(['−0,4', '−0,2', '0,0', '0,2', '0,4', '0,6', '0,8', '1,0', '1,2', '1,4', '1,6']);
    await expect(el).to.be.accessible();
  });

  it('shows each zone by shape as well as colour, with a legend of both', async () => {
    const el = await plot(INFLUENCES);
    const drawn = markers(el);
    expect(drawn.map((m) => m.zone)).to.deep.equal(['zone-desired', 'zone-desired', 'zone-teacher', 'zone-developmental', 'zone-reverse']);
    // A shape a zone: circle, diamond, square, triangle pointing down.
    expect(drawn.map((m) => m.glyph)).to.deep.equal(['●', '●', '◆', '■', '▼']);
    expect(new Set(Object.values(MARKER_GLYPHS)).size).to.equal(4);
    const fills = drawn.map((m) => getComputedStyle(m.text).fill);
    expect(fills[0]).to.equal('rgb(46, 125, 50)');
    expect(fills[4]).to.equal('rgb(192, 57, 43)');
    expect(getComputedStyle(drawn[0].text).stroke).to.equal('rgb(31, 35, 40)');
    // Every marker is centred on its value and its row, and about 11 px across.
    const values = [1.44, 0.75, 0.18, 0.1, -0.18];
    drawn.forEach(({ box }, i) => {
      const [x, y] = centre(box);
      expect(x, `x of marker ${i}`).to.be.closeTo(expectedX(el, values[i], -0.4, 1.6), 0.6);
      expect(y, `y of marker ${i}`).to.be.closeTo(options(el)[i].getBoundingClientRect().top + ROW_HEIGHT / 2, 2);
      expect(box.width, `width of marker ${i}`).to.be.within(8, 16);
    });
    await detailsDrawn(el);
    // Each item's words (its key is a drawing, hidden from screen readers).
    const words = (li: Element) => [...li.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
    const legend = [...shadow(el).querySelectorAll('[part="legend"] li')].map(words);
    expect(legend).to.deep.equal([
      'negatieve effecten (< 0,00)',
      'ontwikkelingseffecten (0,00–0,15)',
      'leerkrachteffecten (0,15–0,40)',
      'zone van gewenste effecten (≥ 0,40)',
      'scharnierpunt 0,40',
      '95%-betrouwbaarheidsinterval',
    ]);
    // The legend's keys are the same glyphs in the same colours.
    const keys = [...shadow(el).querySelectorAll<SVGTextElement>('[part="legend"] text.dot')];
    expect(keys.map((key) => key.textContent)).to.deep.equal(['▼', '■', '◆', '●']);
    expect(getComputedStyle(keys[3]).fill).to.equal('rgb(46, 125, 50)');
    expect(getComputedStyle(shadow(el).querySelector('[part="legend"]')!).display).to.equal('flex');
    // The bands behind the rows use the same zone colours, faintly.
    const band = shadow(el).querySelector<SVGRectElement>('rect.band[data-zone="desired"]')!;
    expect(getComputedStyle(band).fill).to.equal('rgb(46, 125, 50)');
    expect(Number(getComputedStyle(band).fillOpacity)).to.be.lessThan(0.3);
  });

  it('draws all confidence intervals as one path whose ends are at the CI values', async () => {
    const el = await plot(INFLUENCES);
    const paths = shadow(el).querySelectorAll<SVGPathElement>('svg.marks path.whiskers');
    expect(paths).to.have.length(1);
    const box = paths[0].getBoundingClientRect();
    // Whiskers of Feedback (0,58–0,92), Kleinere klassen (0,10–0,26) and Televisie (−0,30–−0,06).
    expect(box.left).to.be.closeTo(expectedX(el, -0.3, -0.4, 1.6), 1.5);
    expect(box.right).to.be.closeTo(expectedX(el, 0.92, -0.4, 1.6), 1.5);
    expect(paths[0].getAttribute('d')!.match(/M/g)).to.have.length(9);
  });

  it('starts from the barometer scale and clamps values beyond min/max with a marker', async () => {
    const narrow = await plot([{ name: 'A', value: 0.3 }, { name: 'B', value: 0.5 }]);
    const ticks = [...shadow(narrow).querySelectorAll('.axis .tick text')].map((text) => text.textContent);
    expect(ticks[0]).to.equal('−0,2');
    expect(ticks[ticks.length - 1]).to.equal('1,2');
    const el = await plot(INFLUENCES, html``);
    el.max = 1.2;
    el.min = -0.2;
    await el.updateComplete;
    const marker = shadow(el).querySelector('.off-scale')!;
    expect(marker.getAttribute('data-off')).to.equal('above');
    expect(shadow(el).querySelector('.off-value')!.textContent).to.equal('1,44');
    const [x] = centre(markers(el)[0].box);
    expect(x).to.be.closeTo(expectedX(el, 1.2, -0.2, 1.2), 0.6);
    expect(await spoken(el, 0)).to.equal(
      'Hoge verwachtingen voor alle leerlingen, ook voor hen die het moeilijk hebben: d = 1,44, zone van gewenste effecten, buiten de schaal, boven 1,20',
    );
    expect(await spoken(el, 4)).to.equal('Televisie: d = −0,18, negatieve effecten, 95%-BI −0,30–−0,06');
  });

  it('keeps names apart: one line each, cut off before the plot area, the full name spoken and in the table', async () => {
    const el = await plot(INFLUENCES);
    const plotLeft = expectedX(el, -0.4, -0.4, 1.6);
    const rows = options(el);
    rows.forEach((row, i) => {
      // The text box of the name: the row's content box (padding keeps it left of the plot area).
      const range = document.createRange();
      range.selectNodeContents(row);
      const box = range.getBoundingClientRect();
      const style = getComputedStyle(row);
      const contentRight = row.getBoundingClientRect().right - parseFloat(style.paddingRight);
      expect(contentRight, `name ${i} ends before the plot`).to.be.at.most(plotLeft - 8);
      expect(box.left).to.be.at.least(row.getBoundingClientRect().left);
      expect(box.height).to.be.at.most(ROW_HEIGHT);
      if (i > 0) expect(box.top).to.be.at.least(rows[i - 1].getBoundingClientRect().bottom - 0.5);
    });
    expect(rows[0].scrollWidth).to.be.greaterThan(rows[0].clientWidth);
    expect(getComputedStyle(rows[0]).textOverflow).to.equal('ellipsis');
    expect(await spoken(el, 0)).to.match(new RegExp(`^${INFLUENCES[2].name}: `));
  });

  it('draws new data in place of the old', async () => {
    const el = await plot(INFLUENCES);
    el.data = [{ name: 'Nieuw', value: 0.5, n: 3 }];
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Nieuw']);
    expect(markers(el).map((m) => m.glyph)).to.deep.equal(['●']);
    expect(shadow(el).querySelector('svg.marks path.whiskers')!.getAttribute('d')).to.equal('');
  });

  it('shows n where given, at the right end of its row, whole, also on a page that lets words break anywhere', async () => {
    const el = await plot(INFLUENCES);
    // Inherited into the shadow root, as the dashboard's page style does for narrow screens.
    el.style.overflowWrap = 'anywhere';
    el.style.wordBreak = 'break-all';
    // One text for all rows, a line a row (hidden from screen readers: n is in the spoken row and the table).
    const column = shadow(el).querySelector<HTMLElement>('.n')!;
    expect(column.getAttribute('aria-hidden')).to.equal('true');
    const text = [...column.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE)!;
    expect(text.data.split(' ')).to.deep.equal(['\u00a0', '27', '96', '40', '\u00a0']);
    const plotRight = expectedX(el, 1.6, -0.4, 1.6);
    for (const [position, n] of [[1, '27'], [2, '96'], [3, '40']] as const) {
      const range = document.createRange();
      const start = text.data.split(' ').slice(0, position).join(' ').length + 1;
      range.setStart(text, start);
      range.setEnd(text, start + n.length);
      const box = range.getBoundingClientRect();
      const row = options(el)[position].getBoundingClientRect();
      expect(centre(box)[1], `n of row ${position}`).to.be.closeTo(row.top + ROW_HEIGHT / 2, 2);
      expect(box.right).to.be.closeTo(row.right - 6, 1.5);
      expect(box.left).to.be.greaterThan(plotRight + 10);
    }
  });

  it('names its rows as the page says: name-label heads the name column (plot and table), items counts them', async () => {
    const el = await plot(INFLUENCES);
    el.setAttribute('name-label', 'Groep');
    el.setAttribute('items', 'groepen');
    el.showTable = true;
    await el.updateComplete;
    await waitUntil(() => shadow(el).querySelector('table'), 'table');
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('5 groepen');
    expect(shadow(el).querySelector('text.heading')!.textContent).to.equal('Groep');
    expect(shadow(el).querySelector('thead th')!.textContent).to.equal('Groep');
    el.filter = 'zzz';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal('Geen van de groepen bevat "zzz".');
  });

  it('sorts by name or keeps the data order, and filters by name', async () => {
    const el = await plot(INFLUENCES);
    el.sort = 'name';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Feedback', INFLUENCES[2].name, 'Kleinere klassen', 'Televisie', 'Zomervakantie']);
    el.sort = 'none';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(INFLUENCES.map((row) => row.name));
    el.setAttribute('filter', 'KLAS');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kleinere klassen']);
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('1 van 5 invloeden met "KLAS"');
    expect(shadow(el).querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
    el.filter = 'huiswerk';
    await el.updateComplete;
    expect(options(el)).to.have.length(0);
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal('Geen van de invloeden bevat "huiswerk".');
    await expect(el).to.be.accessible();
  });

  it('moves the hinge line and the zone boundary with the hinge attribute', async () => {
    const el = await plot(INFLUENCES);
    const hingeX = () => shadow(el).querySelector('line.hinge')!.getBoundingClientRect().left;
    expect(hingeX()).to.be.closeTo(expectedX(el, 0.4, -0.4, 1.6), 1.5);
    el.setAttribute('hinge', '0,8');
    await el.updateComplete;
    expect(hingeX()).to.be.closeTo(expectedX(el, 0.8, -0.4, 1.6), 1.5);
    expect(markers(el)[1].zone).to.equal('zone-teacher');
    expect(await spoken(el, 1)).to.include('leerkrachteffecten');
  });

  it('speaks English with lang="en"', async () => {
    const el = await plot(INFLUENCES);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(await spoken(el, 1)).to.equal('Feedback: d = 0.75, zone of desired effects, 95% CI 0.58–0.92, n = 27');
    expect(list(el).getAttribute('aria-label')).to.equal('Effect sizes');
    el.label = 'Hattie 2009';
    await el.updateComplete;
    expect(list(el).getAttribute('aria-label')).to.equal('Hattie 2009');
    expect(shadow(el).querySelector('[part="label"]')!.textContent).to.equal('Hattie 2009');
  });

  describe('keyboard', () => {
    it('is one tab stop; arrows, Home, End, PageUp and PageDown move the active row', async () => {
      const wrapper = await fixture(html`<div><button>before</button><lzm-effect-plot></lzm-effect-plot></div>`);
      const el = wrapper.querySelector('lzm-effect-plot')!;
      el.data = LONG_LIST;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[tabindex]')).to.have.length(1);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(list(el));
      await el.updateComplete;
      const sorted = [...LONG_LIST].sort((a, b) => b.value - a.value);
      expect(active(el)!.textContent!.trim()).to.equal(sorted[0].name);
      expect(active(el)!.getAttribute('aria-selected')).to.equal('true');
      const activeName = () => active(el)!.textContent!.trim();
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
      };
      await press('ArrowDown');
      await press('ArrowDown');
      expect(activeName()).to.equal(sorted[2].name);
      await press('ArrowUp');
      expect(activeName()).to.equal(sorted[1].name);
      await press('End');
      expect(activeName()).to.equal(sorted[319].name);
      await press('ArrowDown');
      expect(activeName()).to.equal(sorted[319].name);
      await press('Home');
      expect(activeName()).to.equal(sorted[0].name);
      const page = Math.floor((list(el).clientHeight - AXIS_HEIGHT) / ROW_HEIGHT) - 1;
      expect(page).to.be.greaterThan(5);
      await press('PageDown');
      expect(activeName()).to.equal(sorted[page].name);
      await press('PageUp');
      expect(activeName()).to.equal(sorted[0].name);
      // The active row is announced with name, d, zone, CI and n (focus asked for the details chunk that says it).
      await detailsDrawn(el);
      await press('ArrowDown');
      const row = sorted[1];
      const fmt = (x: number) => x.toFixed(2).replace('.', ',').replace('-', '−');
      expect(active(el)!.getAttribute('aria-label')).to.equal(
        `${row.name}: d = ${fmt(row.value)}, zone van gewenste effecten, 95%-BI ${fmt(row.ciLow)}–${fmt(row.ciHigh)}, n = ${row.n}`,
      );
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="toggle"]'));
    });

    it('Enter and a click fire lzm-select with the row, bubbling out of the shadow root', async () => {
      const el = await plot(INFLUENCES);
      list(el).focus();
      await el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      const selected = oneEvent(document, 'lzm-select');
      await sendKeys({ press: 'Enter' });
      const event = (await selected) as CustomEvent<LzmSelectDetail>;
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ row: INFLUENCES[1], index: 1 });
      // A click anywhere on the row, also on its marker in the plot area, chooses it.
      const clicked = oneEvent(el, 'lzm-select');
      const [x, y] = centre(markers(el)[3].box);
      expect(shadow(el).elementFromPoint(x, y)).to.equal(options(el)[3]);
      options(el)[3].click();
      expect(((await clicked) as CustomEvent<LzmSelectDetail>).detail.row.name).to.equal('Zomervakantie');
      await el.updateComplete;
      expect(active(el)!.textContent!.trim()).to.equal('Zomervakantie');
    });

    it('keeps the active row in view below the sticky axis', async () => {
      const el = await plot(LONG_LIST);
      list(el).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const box = list(el).getBoundingClientRect();
      await waitUntil(() => {
        const row = active(el)!.getBoundingClientRect();
        return row.bottom <= box.bottom + 1 && row.top >= box.top + AXIS_HEIGHT - 1;
      }, 'last row scrolled into view', { timeout: 3000 });
      const axis = shadow(el).querySelector('[part="axis"]')!.getBoundingClientRect();
      expect(axis.top).to.be.closeTo(box.top + 1, 1);
      expect(list(el).scrollTop).to.be.greaterThan(300 * ROW_HEIGHT - box.height);
    });
  });

  it('320 rows: all drawn, 24 px each, the axis stays visible while scrolling', async () => {
    const el = await plot(LONG_LIST);
    expect(options(el)).to.have.length(320);
    expect(markers(el)).to.have.length(320);
    expect(shadow(el).querySelector('svg.marks')!.getBoundingClientRect().height).to.equal(320 * ROW_HEIGHT);
    const scroller = list(el);
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    scroller.scrollTop = 4000;
    const axis = shadow(el).querySelector('[part="axis"]')!.getBoundingClientRect();
    expect(axis.top).to.be.closeTo(scroller.getBoundingClientRect().top + 1, 1);
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('320 invloeden');
    await expect(el).to.be.accessible();
  });

  it('has a data table that the toggle shows and hides', async () => {
    const el = await plot(INFLUENCES);
    expect(shadow(el).querySelector('table')).to.equal(null);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => shadow(el).querySelector('table'), 'table drawn');
    expect(el.hasAttribute('show-table')).to.equal(true);
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows[1]).to.deep.equal(['Feedback', '0,75', 'zone van gewenste effecten', '0,58 – 0,92', '27']);
    expect(rows[3]).to.deep.equal(['Zomervakantie', '0,10', 'ontwikkelingseffecten', '', '40']);
    expect(button.getAttribute('aria-controls')).to.equal(shadow(el).querySelector('table')!.id);
    await expect(el).to.be.accessible();
  });

  it('forced colours: markers, whiskers and hinge in system colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await plot(INFLUENCES);
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      probe.style.backgroundColor = 'Highlight';
      document.body.append(probe);
      const { color: canvasText, backgroundColor: highlight } = getComputedStyle(probe);
      probe.remove();
      for (const { text } of markers(el)) expect(getComputedStyle(text).fill).to.equal(canvasText);
      expect(getComputedStyle(shadow(el).querySelector('path.whiskers')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(shadow(el).querySelector('.axis .heading')!).fill).to.equal(canvasText);
      expect(getComputedStyle(shadow(el).querySelector('line.hinge')!).stroke).to.equal(highlight);
      expect(getComputedStyle(shadow(el).querySelector('rect.band')!).stroke).to.not.equal('none');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('scrolls and highlights without motion under prefers-reduced-motion', async () => {
    const el = await plot(INFLUENCES);
    expect(getComputedStyle(list(el)).scrollBehavior).to.equal('smooth');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(list(el)).scrollBehavior).to.equal('auto');
      expect(getComputedStyle(options(el)[0]).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('shows an empty state without a list when there are no rows', async () => {
    const el = await fixture<LzmEffectPlot>(html`<lzm-effect-plot></lzm-effect-plot>`);
    expect(shadow(el).querySelector('[role="listbox"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal('Nog geen effectgroottes om te tonen.');
    await expect(el).to.be.accessible();
  });

  it('escapes data text (no markup from a name)', async () => {
    const el = await plot([{ name: '<img src=x onerror="window.__xss=1">', value: 0.5 }]);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(names(el)).to.deep.equal(['<img src=x onerror="window.__xss=1">']);
  });

  describe('errors', () => {
    const expectError = (template: ReturnType<typeof html>, message: string, data?: unknown) =>
      expectErrorState<LzmEffectPlot>(template, message, { data });

    it('bad hinge attribute', async () => {
      await expectError(html`<lzm-effect-plot hinge="hoog"></lzm-effect-plot>`, 'attribuut hinge: "hoog" is geen getal', INFLUENCES);
    });

    it('min not below max', async () => {
      await expectError(html`<lzm-effect-plot lang="en" min="1" max="0"></lzm-effect-plot>`, 'min (1.00) must be less than max (0.00)', INFLUENCES);
    });

    it('unknown sort order', async () => {
      await expectError(html`<lzm-effect-plot sort="random"></lzm-effect-plot>`, 'attribuut sort: "random" is niet value, name of none', INFLUENCES);
    });

    it('a value that is not a number in .data, with its row', async () => {
      await expectError(html`<lzm-effect-plot lang="en"></lzm-effect-plot>`, '3: "veel" is not a number', [
        { name: 'a', value: 0.1 },
        { name: 'b', value: 0.2 },
        { name: 'c', value: 'veel' },
      ]);
    });

    it('typed rows the reader refuses are refused the same way: a CI that does not contain d', async () => {
      await expectError(html`<lzm-effect-plot></lzm-effect-plot>`, '2: het BI (0,60 – 0,90) bevat de effectgrootte 0,50 niet', [
        { name: 'a', value: 0.1 },
        { name: 'b', value: 0.5, ciLow: 0.6, ciHigh: 0.9 },
      ]);
    });

    it('.data that is not a list of influences', async () => {
      await expectError(html`<lzm-effect-plot></lzm-effect-plot>`, 'onverwachte JSON: [ { "name": …, "value": getal }, … ] verwacht', { value: 0.4 });
    });

    it('src not found', async () => {
      await expectError(html`<lzm-effect-plot src="/test/fixtures/missing.csv"></lzm-effect-plot>`, 'missing.csv: kon niet worden geladen (HTTP 404)');
    });

    it('bad CSV number, with line and column', async () => {
      await expectError(html`<lzm-effect-plot src="/test/fixtures/bad-number.csv"></lzm-effect-plot>`, 'bad-number.csv:7:2: "n.v.t." is geen getal');
    });

    it('bad JSON, with line and column', async () => {
      await expectError(html`<lzm-effect-plot lang="en" src="/test/fixtures/bad-json.json"></lzm-effect-plot>`, 'bad-json.json:4:1: invalid JSON: unexpected character "}"');
    });

    it('a CSV without an effect-size column', async () => {
      await expectError(
        html`<lzm-effect-plot lang="en" src="/test/fixtures/missing-column.csv"></lzm-effect-plot>`,
        'missing-column.csv:1: missing column "effectgrootte" (accepted: effectgrootte, effect_size, effect size, d, es)',
      );
    });

    it('recovers when the data is fixed', async () => {
      const el = await expectError(html`<lzm-effect-plot></lzm-effect-plot>`, '1: "x" is geen getal', [{ name: 'a', value: 'x' }]);
      el.data = INFLUENCES;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(options(el)).to.have.length(5);
    });
  });

  describe('data sources', () => {
    it('reads the Windows-1252 influences CSV the barometer reads, and fires lzm-load', async () => {
      const el = document.createElement('lzm-effect-plot');
      el.setAttribute('src', '/test/fixtures/invloeden-win1252.csv');
      const loaded = oneEvent(el, 'lzm-load');
      document.body.append(el);
      try {
        expect((await loaded).detail).to.deep.equal({ file: 'invloeden-win1252.csv', kind: 'csv' });
        await el.updateComplete;
        expect(names(el)).to.deep.equal([
          'Hoge verwachtingen voor alle leerlingen',
          "Zelfrapportage van cijfers (Zoë's klas)",
          'Feedback (eerste review)',
          'Feedback van de leerkracht',
          'Kleinere klassen',
          'Televisie',
        ]);
      } finally {
        el.remove();
      }
    });

    it('reads a tab-separated file with CI and n, and JSON', async () => {
      const el = await fixture<LzmEffectPlot>(html`<lzm-effect-plot src="/test/fixtures/influences.tsv"></lzm-effect-plot>`);
      await oneEvent(el, 'lzm-load');
      expect(await spoken(el, 0)).to.equal('Feedback: d = 0,62, zone van gewenste effecten, 95%-BI 0,41–0,83, n = 27');
      el.src = '/test/fixtures/influences.json';
      await oneEvent(el, 'lzm-load');
      expect(names(el)).to.deep.equal(['Feedback', 'Kleinere klassen']);
    });

    it('reads a dropped File in .data like a src', async () => {
      const el = await fixture<LzmEffectPlot>(html`<lzm-effect-plot></lzm-effect-plot>`);
      el.data = new File(['invloed;effectgrootte;n\nFeedback;0,75;30\nHuiswerk;0,29;\n'], 'mijn-effecten.csv', { type: 'text/csv' });
      await oneEvent(el, 'lzm-load');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Feedback', 'Huiswerk']);
    });
  });

  it('documents every part it renders in custom-elements.json', async () => {
    const el = await plot(INFLUENCES, html``);
    el.label = 'x';
    el.showTable = true;
    await el.updateComplete;
    await detailsDrawn(el);
    await waitUntil(() => shadow(el).querySelector('table'), 'table drawn');
    const rendered = new Set([...shadow(el).querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(' ')));
    el.filter = 'geen-treffer';
    await el.updateComplete;
    for (const node of shadow(el).querySelectorAll('[part]')) rendered.add(node.getAttribute('part')!);
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declaration = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'lzm-effect-plot');
    const documented = new Set(declaration.cssParts.map((p: { name: string }) => p.name));
    for (const part of rendered) expect(documented.has(part), `part ${part}`).to.equal(true);
    expect(declaration.events.map((e: { name: string }) => e.name)).to.include('lzm-select');
  });

  it('defining twice does not throw', () => {
    expect(() => defineElement('lzm-effect-plot', LzmEffectPlot)).not.to.throw();
    expect(customElements.get('lzm-effect-plot')).to.equal(LzmEffectPlot);
  });
});
