import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { watchLitWarnings } from '../../test/helpers/lit-warnings.js';
import { expectErrorState } from '../../test/helpers/expect-error.js';
import type { LzmErrorDetail } from '../core/errors.js';
import { emulateMedia } from '@web/test-runner-commands';
import './feedback-legend.js';
import { systemColor } from '../../test/helpers/system-color.js';
import type { LzmFeedbackLegend } from './feedback-legend.js';

const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...shadow(el).querySelectorAll('ul[part="list"] > li')];

/** What a screen reader reads for a node: its text without aria-hidden parts, spaces collapsed. */
function spoken(node: Node): string {
  const walk = (n: Node): string => {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    return [...n.childNodes].map(walk).join('');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

const spokenItems = (el: Element) => items(el).map(spoken);

async function shown(el: LzmFeedbackLegend): Promise<void> {
  await waitUntil(() => items(el).length > 0 || shadow(el).querySelector('[role="alert"]'), 'legend or error shown', { timeout: 5000 });
  await el.updateComplete;
}

const outlines = (el: Element) => items(el).map((li) => li.querySelector('svg.dot')!.getAttribute('data-outline'));

describe('lzm-feedback-legend', () => {
  // No state set after an update completed (Lit's change-in-update warning), in any test of this file.
  const litWarnings = watchLitWarnings('lzm-feedback-legend');
  after(() => expect(litWarnings()).to.deep.equal([]));

  it('shows the six default dots as a list read as "1, rood, rondje: …"', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend></lzm-feedback-legend>`);
    const list = shadow(el).querySelector('ul[part="list"]')!;
    expect(list).to.exist;
    expect(spokenItems(el)).to.deep.equal([
      '1, rood, rondje: Je antwoord lijkt niet op het goede antwoord. Lees de vraag opnieuw.',
      '2, blauw, vierkantje: Je antwoord klopt, maar je uitleg of onderbouwing nog niet helemaal.',
      '3, groen, driehoekje: Je antwoord lijkt op het goede antwoord, maar er klopt iets niet.',
      '4, oranje, ruitje: Je antwoord klopt, maar er ontbreken een of meer onderdelen.',
      '5, paars, sterretje: Er ontbreken een of meer onderdelen.',
      '6, roze, kruisje: Je antwoord klopt, maar voldoet nog niet helemaal aan de eisen van de opdracht.',
    ]);
    // Colour, shape and number are all visible: the colour name is printed, not only painted.
    expect(items(el)[0].querySelector('.number')!.textContent).to.equal('1');
    expect(items(el)[0].querySelector('.name')!.textContent).to.equal('rood');
    const paths = items(el).map((li) => li.querySelector('svg.dot path')!);
    expect(new Set(paths.map((p) => p.getAttribute('d'))).size).to.equal(6);
    expect(paths.map((p) => p.getAttribute('fill'))).to.deep.equal(['#d32f2f', '#1565c0', '#2e7d32', '#e65100', '#7b1fa2', '#c2185b']);
    expect(outlines(el)).to.deep.equal(['false', 'false', 'false', 'false', 'false', 'false']);
    const card = shadow(el).querySelector('section[part="card"]')!;
    expect(card.getAttribute('aria-labelledby')).to.equal('title');
    expect(shadow(el).getElementById('title')!.textContent).to.equal('Wat betekent mijn stip?');
    // The default card does not load the data reader, and has no counts.
    expect(shadow(el).querySelector('[part="count"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en", also from an ancestor, and takes a heading', async () => {
    const wrapper = await fixture(html`<div lang="en"><lzm-feedback-legend heading="Dots in maths"></lzm-feedback-legend></div>`);
    const el = wrapper.querySelector('lzm-feedback-legend')!;
    await el.updateComplete;
    expect(spokenItems(el)[0]).to.equal('1, red, circle: Your answer is not like the right answer. Read the question again.');
    expect(spokenItems(el)[5]).to.equal('6, pink, cross: Your answer is right, but does not fully meet what the task asks.');
    expect(shadow(el).querySelector('h2')!.textContent!.trim()).to.equal('Dots in maths');
    await expect(el).to.be.accessible();
  });

  it('takes a heading level (theory headings one deeper) and a label that tells several cards apart', async () => {
    const wrapper = await fixture(html`<div>
      <lzm-feedback-legend heading-level="3" show-levels="all" label="rekenen"></lzm-feedback-legend>
      <lzm-feedback-legend heading-level="3" label="taal"></lzm-feedback-legend>
      <lzm-feedback-legend heading-level="9"></lzm-feedback-legend>
    </div>`);
    const [maths, language, fallback] = [...wrapper.querySelectorAll('lzm-feedback-legend')] as LzmFeedbackLegend[];
    await shown(maths);
    await waitUntil(() => shadow(maths).querySelector('.theory'), 'theory shown', { timeout: 5000 });
    const title = shadow(maths).querySelector('[part="title"]')!;
    expect(title.localName).to.equal('h3');
    expect(title.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Wat betekent mijn stip? (rekenen)');
    expect(shadow(maths).querySelector('section')!.getAttribute('aria-labelledby')).to.equal('title');
    expect([...shadow(maths).querySelectorAll('.theory .subheading')].map((node) => node.localName)).to.deep.equal(['h4', 'h4', 'h4']);
    expect(shadow(language).querySelector('[part="title"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Wat betekent mijn stip? (taal)');
    // Outside 1–6: today's h2.
    expect(shadow(fallback).querySelector('[part="title"]')!.localName).to.equal('h2');
    // The label is for assistive technology: the printed card shows the heading alone.
    expect(getComputedStyle(title.querySelector('span')!).position).to.equal('absolute');
    await expect(wrapper).to.be.accessible();
  });

  it('text-lang marks the school’s own texts (heading, meanings) with their language, not the default ones', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend lang="en" text-lang="nl" heading="Wat betekent je stip?" label="rekenen groep 5"></lzm-feedback-legend>`);
    el.data = [{ nummer: 1, aantal: 3 }, { kleur: 'blauw', betekenis: 'Kijk nog eens naar je uitleg.' }];
    await waitUntil(() => items(el).length === 2 && items(el)[1].textContent!.includes('Kijk'), 'own meaning shown', { timeout: 5000 });
    const meanings = items(el).map((li) => li.querySelector('.meaning')!);
    expect(meanings[1].getAttribute('lang')).to.equal('nl');
    expect(meanings[0].hasAttribute('lang'), 'a default meaning is in the card language').to.equal(false);
    expect(meanings[0].textContent).to.match(/^Your answer/);
    expect([...shadow(el).querySelectorAll('[part="title"] [lang="nl"]')].map((node) => node.textContent)).to.deep.equal(['Wat betekent je stip?', 'rekenen groep 5']);
    el.removeAttribute('text-lang');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[lang]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('forced colours: the dots keep their own colours, outlined in CanvasText', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend></lzm-feedback-legend>`);
    await shown(el);
    const dot = shadow(el).querySelector('svg.dot path')!;
    const before = getComputedStyle(dot).fill;
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(getComputedStyle(dot).fill).to.equal(before);
      expect(before).to.equal('rgb(211, 47, 47)');
      expect(getComputedStyle(dot).stroke).to.equal(systemColor('CanvasText'));
      expect(getComputedStyle(shadow(el).querySelector('svg.dot')!).forcedColorAdjust).to.equal('none');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it("reads a school's Windows-1252 CSV with counts as bars, outlines the yellow dot", async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend src="/test/fixtures/legenda-win1252.csv"></lzm-feedback-legend>`);
    await oneEvent(el, 'lzm-load');
    await shown(el);
    expect(spokenItems(el)).to.deep.equal([
      '1, rood, rondje: Je antwoord lijkt niet op het goede antwoord – lees de vraag opnieuw; 7 keer gegeven',
      '2, blauw, vierkantje: Goed antwoord, maar de uitleg mist een stap; 12 keer gegeven',
      '3, geel, sterretje: Bijna: één onderdeel ontbreekt; 3 keer gegeven',
      '4, groen, teken ?: Helemaal goed, maar check de eisen van de opdracht; 0 keer gegeven',
    ]);
    expect(outlines(el)).to.deep.equal(['false', 'false', 'true', 'false']);
    expect(items(el)[2].querySelector('svg.dot path')!.classList.contains('outline')).to.equal(true);
    // Bars scale to the largest count (12); the number is printed beside each bar.
    const widths = items(el).map((li) => Number(li.querySelector('.bar rect')!.getAttribute('width')));
    expect(widths[0]).to.be.closeTo((7 / 12) * 100, 1e-9);
    expect(widths[1]).to.equal(100);
    expect(widths[3]).to.equal(0);
    expect(items(el)[1].querySelector('[part="count"]')!.textContent).to.equal('12');
    // A sign of its own is drawn in the dot, in ink that contrasts with the dot.
    const sign = items(el)[3].querySelector('svg.dot text')!;
    expect(sign.textContent).to.equal('?');
    expect(sign.getAttribute('fill')).to.equal('#fff');
    await expect(el).to.be.accessible();
  });

  it('reads an English comma CSV: quoted commas, own numbers sorted, free shapes, CSS colour names', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend lang="en" src="/test/fixtures/legend-en.csv"></lzm-feedback-legend>`);
    await oneEvent(el, 'lzm-load');
    await shown(el);
    expect(spokenItems(el)).to.deep.equal([
      '1, light blue, circle: Not like the right answer',
      '2, red, triangle: Right answer, explanation missing',
    ]);
    expect(items(el)[1].querySelector('svg.dot path')!.getAttribute('fill')).to.equal('#ff6347');
    // Light blue (2.0:1) and tomato (2.95:1) fail 3:1 on white.
    expect(outlines(el)).to.deep.equal(['true', 'true']);
    await expect(el).to.be.accessible();
  });

  it('outlines the dots that fail 3:1 against a dark card background', async () => {
    const el = await fixture<LzmFeedbackLegend>(
      html`<lzm-feedback-legend style="--lzm-legend-background: #1f2328; --lzm-text-color: #fff; --lzm-muted-color: #d0d7de; --lzm-legend-outline: #fff"></lzm-feedback-legend>`,
    );
    await waitUntil(() => outlines(el).includes('true'), 'outlines after reading the background', { timeout: 5000 });
    // Contrast against #1f2328: red 3.17, blue 2.75, green 3.08, orange 4.17, purple 1.93, pink 2.69.
    expect(outlines(el)).to.deep.equal(['false', 'true', 'false', 'false', 'true', 'true']);
    await expect(el).to.be.accessible();
  });

  it('takes counts for the default card from JSON (no colours: the default entries)', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend src="/test/fixtures/legenda-aantallen.json"></lzm-feedback-legend>`);
    await oneEvent(el, 'lzm-load');
    await shown(el);
    expect(spokenItems(el)).to.deep.equal([
      '1, rood, rondje: Je antwoord lijkt niet op het goede antwoord. Lees de vraag opnieuw.; 4 keer gegeven',
      '3, groen, driehoekje: Je antwoord lijkt op het goede antwoord, maar er klopt iets niet.; 9 keer gegeven',
      '5, paars, sterretje: Er ontbreken een of meer onderdelen.; 2 keer gegeven',
    ]);
  });

  it('takes .data with Dutch or English keys, and escapes text', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend lang="en"></lzm-feedback-legend>`);
    el.data = [
      { colour: 'hsl(120, 100%, 25%)', meaning: '<img src=x onerror="window.__xss=1">', symbol: 'ster' },
      { kleur: 'zwart', betekenis: 'Goed zo', symbool: '!' },
    ];
    await waitUntil(() => items(el).length === 2, 'data shown', { timeout: 5000 });
    expect(spokenItems(el)).to.deep.equal([
      '1, green, star: <img src=x onerror="window.__xss=1">',
      '2, black, sign !: Goed zo',
    ]);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(items(el)[0].querySelector('path')!.getAttribute('fill')).to.equal('#008000');
  });

  it('reads a dropped CSV file given as .data, like src', async () => {
    const errors: string[] = [];
    const handler = (event: Event) => errors.push((event as CustomEvent<LzmErrorDetail>).detail.message);
    document.addEventListener('lzm-error', handler);
    try {
      const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend></lzm-feedback-legend>`);
      el.data = new File(['kleur;betekenis;symbool\r\ngeel;Kijk nog eens naar je eenheden.;ster\r\n'], 'legenda.csv', { type: 'text/csv' });
      await waitUntil(() => items(el).length === 1, 'file shown', { timeout: 5000 });
      expect(spokenItems(el)).to.deep.equal(['1, geel, sterretje: Kijk nog eens naar je eenheden.']);
      expect(errors, 'no error while the file loads').to.deep.equal([]);
      el.data = new File(['kleur;betekenis\r\nrozig;Begin opnieuw.\r\n'], 'legenda.csv', { type: 'text/csv' });
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'error shown', { timeout: 5000 });
      expect(shadow(el).querySelector('[role="alert"] code')!.textContent).to.equal(
        'legenda.csv:2:1: onbekende kleur "rozig": gebruik een kleurnaam (rood, blauw, groen, …) of een CSS-kleur zoals #d32f2f',
      );
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('lzm-error', handler);
    }
  });

  it('reads <lzm-feedback-item> children and follows their changes', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend>
      <lzm-feedback-item color="blauw" symbol="vierkant">Kijk nog eens naar je uitleg.</lzm-feedback-item>
      <lzm-feedback-item color="#c62828" count="5">Begin opnieuw.</lzm-feedback-item>
    </lzm-feedback-legend>`);
    await waitUntil(() => items(el).length === 2, 'items shown', { timeout: 5000 });
    expect(spokenItems(el)).to.deep.equal([
      '1, blauw, vierkantje: Kijk nog eens naar je uitleg.',
      '2, rood, rondje: Begin opnieuw.; 5 keer gegeven',
    ]);
    const second = el.querySelectorAll('lzm-feedback-item')[1];
    second.setAttribute('color', 'geel');
    second.textContent = 'Bijna.';
    await waitUntil(() => spokenItems(el)[1].startsWith('2, geel'), 'change followed', { timeout: 5000 });
    expect(spokenItems(el)[1]).to.equal('2, geel, rondje: Bijna.; 5 keer gegeven');
    expect(outlines(el)).to.deep.equal(['false', 'true']);
    await expect(el).to.be.accessible();
  });

  it('shows the theory panel: three questions, four levels with the self level marked', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend show-levels></lzm-feedback-legend>`);
    await waitUntil(() => shadow(el).querySelector('[part="theory"]'), 'theory loaded', { timeout: 5000 });
    const theory = shadow(el).querySelectorAll('[part="theory"]');
    expect(theory).to.have.length(1);
    expect([...theory[0].querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Feed up', 'Feed back', 'Feed forward']);
    expect([...theory[0].querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal([
      'Waar ga ik naartoe?',
      'Hoe gaat het nu?',
      'Wat is mijn volgende stap?',
    ]);
    const levels = [...theory[0].querySelectorAll('ol.levels > li')].map(spoken);
    expect(levels).to.deep.equal([
      'Taak: klopt het, wat ontbreekt? (helpt het leren)',
      'Proces: hoe pak je de taak aan? (helpt het leren)',
      'Zelfregulatie: hoe stuur en controleer je je eigen werk? (helpt het leren)',
      'Persoon: "Wat ben jij slim!" (helpt het leren niet)',
    ]);
    expect(theory[0].querySelector('li.no-help .mark')!.textContent).to.equal('✗');
    expect(shadow(el).querySelector('ol.cycle')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the formative cycle alone or with the levels', async () => {
    const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend show-levels="cycle" lang="en"></lzm-feedback-legend>`);
    await waitUntil(() => shadow(el).querySelector('[part="theory"]'), 'theory loaded', { timeout: 5000 });
    expect(shadow(el).querySelector('ol.levels')).to.equal(null);
    expect([...shadow(el).querySelectorAll('ol.cycle > li')].map((li) => li.textContent)).to.deep.equal([
      'Clarify expectations',
      'Elicit and collect evidence of learning',
      'Analyse and interpret that evidence',
      'Communicate about the results with pupils',
      'Take follow-up actions: adapt teaching and learning',
    ]);
    el.showLevels = 'all';
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part="theory"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  describe('errors', () => {
    const expectError = (template: ReturnType<typeof html>, message: string) =>
      expectErrorState<LzmFeedbackLegend>(template, message, { content: 'ul[part="list"] > li' });

    it('unknown colour name, with line and column', async () => {
      await expectError(
        html`<lzm-feedback-legend src="/test/fixtures/legenda-onbekende-kleur.csv"></lzm-feedback-legend>`,
        'legenda-onbekende-kleur.csv:3:1: onbekende kleur "rozig": gebruik een kleurnaam (rood, blauw, groen, …) of een CSS-kleur zoals #d32f2f',
      );
    });

    it('empty meaning, in English', async () => {
      await expectError(
        html`<lzm-feedback-legend lang="en" src="/test/fixtures/legenda-lege-betekenis.csv"></lzm-feedback-legend>`,
        'legenda-lege-betekenis.csv:3:2: the meaning is empty',
      );
    });

    it('duplicate numbers', async () => {
      await expectError(
        html`<lzm-feedback-legend src="/test/fixtures/legenda-dubbel-nummer.csv"></lzm-feedback-legend>`,
        'legenda-dubbel-nummer.csv:4:1: nummer 2 komt twee keer voor (eerder op regel 3)',
      );
    });

    it('bad child items: unknown colour, unknown shape, bad count', async () => {
      await expectError(
        html`<lzm-feedback-legend><lzm-feedback-item color="rood">A</lzm-feedback-item><lzm-feedback-item color="purperachtig">B</lzm-feedback-item></lzm-feedback-legend>`,
        '<lzm-feedback-item>:2: onbekende kleur "purperachtig": gebruik een kleurnaam (rood, blauw, groen, …) of een CSS-kleur zoals #d32f2f',
      );
      await expectError(
        html`<lzm-feedback-legend lang="en"><lzm-feedback-item color="red" symbol="zeshoek">A</lzm-feedback-item></lzm-feedback-legend>`,
        '<lzm-feedback-item>:1: "zeshoek" is not a shape (circle, square, triangle, diamond, star, cross) nor a sign of 1 or 2 characters',
      );
      await expectError(
        html`<lzm-feedback-legend><lzm-feedback-item color="red" count="2,5">A</lzm-feedback-item></lzm-feedback-legend>`,
        '<lzm-feedback-item>:1: "2,5" is geen geheel getal vanaf 0',
      );
    });

    it('empty item text and a seventh dot without colour', async () => {
      await expectError(
        html`<lzm-feedback-legend><lzm-feedback-item color="groen"> </lzm-feedback-item></lzm-feedback-legend>`,
        '<lzm-feedback-item>:1: de betekenis ontbreekt',
      );
      const el = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend lang="en"></lzm-feedback-legend>`);
      el.data = [{ number: 7, count: 3 }];
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'error shown', { timeout: 5000 });
      expect(shadow(el).querySelector('[role="alert"] code')!.textContent).to.equal(
        '1: the colour is missing (only numbers 1 to 6 have a default colour)',
      );
    });

    it('recovers when the data is fixed', async () => {
      const el = await expectError(
        html`<lzm-feedback-legend src="/test/fixtures/legenda-dubbel-nummer.csv"></lzm-feedback-legend>`,
        'legenda-dubbel-nummer.csv:4:1: nummer 2 komt twee keer voor (eerder op regel 3)',
      );
      el.src = '/test/fixtures/legenda-win1252.csv';
      await oneEvent(el, 'lzm-load');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(items(el)).to.have.length(4);
    });
  });

  describe('print', () => {
    const mm = 96 / 25.4;
    afterEach(() => emulateMedia({ media: 'screen' }));

    async function printed(template: ReturnType<typeof html>) {
      const el = await fixture<LzmFeedbackLegend>(template);
      await shown(el);
      if (el.showLevels != null) await waitUntil(() => shadow(el).querySelector('[part="theory"]'), 'theory loaded', { timeout: 5000 });
      await emulateMedia({ media: 'print' });
      const card = shadow(el).querySelector<HTMLElement>('[part="card"]')!;
      return { el, card, rect: card.getBoundingClientRect() };
    }

    it('an A6 card (105 × 148 mm) that fits its content, colours kept', async () => {
      const { el, card, rect } = await printed(html`<lzm-feedback-legend src="/test/fixtures/legenda-win1252.csv"></lzm-feedback-legend>`);
      expect(el.getAttribute('print-size')).to.equal('a6');
      expect(rect.width).to.be.closeTo(105 * mm, 0.5);
      expect(rect.height).to.be.closeTo(148 * mm, 0.5);
      expect(card.scrollHeight, 'content fits the card').to.be.at.most(card.clientHeight);
      const dot = items(el)[0].querySelector('svg.dot')!;
      expect(getComputedStyle(dot).printColorAdjust).to.equal('exact');
      expect(getComputedStyle(card).printColorAdjust).to.equal('exact');
      expect(getComputedStyle(el).fontSize).to.equal('12px'); // 9pt
      await emulateMedia({ media: 'screen' });
      expect(card.getBoundingClientRect().height).to.be.lessThan(148 * mm);
    });

    it('the default card with the full theory panel fits A6; A5 is 148 × 210 mm', async () => {
      const { card, rect } = await printed(html`<lzm-feedback-legend show-levels="all"></lzm-feedback-legend>`);
      expect(rect.height).to.be.closeTo(148 * mm, 0.5);
      expect(card.scrollHeight, 'content fits the A6 card').to.be.at.most(card.clientHeight);
      const a5 = await printed(html`<lzm-feedback-legend print-size="a5" show-levels="all" lang="en"></lzm-feedback-legend>`);
      expect(a5.rect.width).to.be.closeTo(148 * mm, 0.5);
      expect(a5.rect.height).to.be.closeTo(210 * mm, 0.5);
      expect(a5.card.scrollHeight, 'content fits the A5 card').to.be.at.most(a5.card.clientHeight);
    });

    it('cut marks sit just outside the four corners', async () => {
      const { el, rect } = await printed(html`<lzm-feedback-legend cut-marks></lzm-feedback-legend>`);
      const marks = [...shadow(el).querySelectorAll('.marks i')].map((i) => i.getBoundingClientRect());
      expect(marks).to.have.length(4);
      const [topLeft, topRight, bottomLeft, bottomRight] = marks;
      expect(topLeft.right).to.be.closeTo(rect.left, 0.5);
      expect(topLeft.bottom).to.be.closeTo(rect.top, 0.5);
      expect(topRight.left).to.be.closeTo(rect.right, 0.5);
      expect(bottomLeft.top).to.be.closeTo(rect.bottom, 0.5);
      expect(bottomRight.left).to.be.closeTo(rect.right, 0.5);
      expect(bottomRight.top).to.be.closeTo(rect.bottom, 0.5);
      // The host leaves room for them: they are not cut off by the page's flow.
      expect(topLeft.left).to.be.at.least(el.getBoundingClientRect().left - 0.5);
      expect(shadow(el).querySelector('.marks')!.getAttribute('aria-hidden')).to.equal('true');
      const plain = await fixture<LzmFeedbackLegend>(html`<lzm-feedback-legend></lzm-feedback-legend>`);
      expect(shadow(plain).querySelector('.marks')).to.equal(null);
    });
  });
});
