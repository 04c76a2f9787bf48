import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { expectErrorState } from '../../test/helpers/expect-error.js';
import { emulateMedia } from '@web/test-runner-commands';
import './barometer.js';
import { LzmBarometer } from './barometer.component.js';
import { defineElement } from '../core/define.js';
import { DIAL } from './barometer.geometry.js';

const shadow = (el: Element) => el.shadowRoot!;

const meterOf = (el: Element) => shadow(el).querySelector('[role="meter"]')!;
const tableRows = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' '));
const needleAngle = (el: Element) => Number(shadow(el).querySelector('.needle')!.getAttribute('data-angle'));

/** Angle of the drawn needle line itself, from its SVG coordinates (0° = up, clockwise). */
function drawnNeedleAngle(el: Element): number {
  const line = shadow(el).querySelector('.needle line')!;
  const dx = Number(line.getAttribute('x2')) - Number(line.getAttribute('x1'));
  const dy = Number(line.getAttribute('y1')) - Number(line.getAttribute('y2'));
  return (Math.atan2(dx, dy) * 180) / Math.PI;
}

describe('<lzm-barometer>', () => {
  const cases: [number, number, string][] = [
    // value, expected needle angle (−90° at −0,2 … +90° at 1,2), zone (nl)
    [-0.1, -90 + (0.1 / 1.4) * 180, 'negatieve effecten'],
    [0.1, -90 + (0.3 / 1.4) * 180, 'ontwikkelingseffecten'],
    [0.3, -90 + (0.5 / 1.4) * 180, 'leerkrachteffecten'],
    [0.5, 0, 'zone van gewenste effecten'],
    [1.44, 90, 'zone van gewenste effecten'],
  ];
  for (const [value, angle, zone] of cases) {
    it(`points the needle and names the zone for d = ${value}`, async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer value=${value}></lzm-barometer>`);
      expect(drawnNeedleAngle(el)).to.be.closeTo(angle, 0.01);
      expect(needleAngle(el)).to.be.closeTo(angle, 0.01);
      expect(shadow(el).querySelector('.zone-name')!.textContent).to.equal(zone);
      expect(meterOf(el).getAttribute('aria-valuetext')).to.include(zone);
      await expect(el).to.be.accessible();
    });
  }

  it('is a named WAI-ARIA meter with the value in the locale format', async () => {
    const el = await fixture<LzmBarometer>(
      html`<lzm-barometer value="0,62" label="Feedback" ci-low="0.41" ci-high="0.83" n="27"></lzm-barometer>`,
    );
    const meter = meterOf(el);
    expect(meter.getAttribute('aria-label')).to.equal('Feedback');
    expect(meter.getAttribute('aria-valuenow')).to.equal('0.62');
    expect(meter.getAttribute('aria-valuemin')).to.equal('-0.2');
    expect(meter.getAttribute('aria-valuemax')).to.equal('1.2');
    expect(meter.getAttribute('aria-valuetext')).to.equal(
      'Effectgrootte 0,62 — zone van gewenste effecten (95%-BI 0,41–0,83, n = 27)',
    );
    expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('0,62');
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en" or an English ancestor', async () => {
    const wrapper = await fixture(html`<div lang="en"><lzm-barometer value="0.3"></lzm-barometer></div>`);
    const el = wrapper.querySelector('lzm-barometer')!;
    await el.updateComplete;
    expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('Effect size 0.30 — teacher effects');
    el.setAttribute('lang', 'nl');
    await el.updateComplete;
    expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('Effectgrootte 0,30 — leerkrachteffecten');
  });

  it('moves the zone boundary and the hinge mark with the hinge', async () => {
    const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.45"></lzm-barometer>`);
    expect(shadow(el).querySelector('svg')!.dataset.zone).to.equal('desired');
    const hingeLine = () => shadow(el).querySelector('.hinge line')!;
    const x = Number(hingeLine().getAttribute('x2'));
    el.hinge = 0.5;
    await el.updateComplete;
    expect(shadow(el).querySelector('svg')!.dataset.zone).to.equal('teacher');
    expect(shadow(el).querySelector('.zone-name')!.textContent).to.equal('leerkrachteffecten');
    expect(Number(hingeLine().getAttribute('x2'))).to.be.greaterThan(x);
    // 0,5 is not a tick: the hinge carries its own label; 0,4 was a tick, shown bold.
    expect(shadow(el).querySelector('.hinge text')!.textContent).to.equal('0,5');
    el.hinge = 0.55;
    await el.updateComplete;
    expect(shadow(el).querySelector('.hinge text')!.textContent, 'two decimals where the hinge needs them').to.equal('0,55');
    el.hinge = 0.5;
    await el.updateComplete;
    // The desired zone now starts at the hinge's angle.
    const desired = shadow(el).querySelector('path[data-zone="desired"]')!.getAttribute('d')!;
    const [, mx] = desired.match(/^M(-?[\d.e-]+),/)!.map(Number);
    const hingeAngle = -Math.PI / 2 + (0.7 / 1.4) * Math.PI;
    expect(mx).to.be.closeTo(DIAL.outer * Math.sin(hingeAngle), 1e-3);
    el.hinge = 0.4;
    await el.updateComplete;
    expect(shadow(el).querySelector('.hinge text')).to.equal(null);
    expect(shadow(el).querySelector('.hinge-tick')!.textContent).to.equal('0,4');
  });

  it('draws the 95% CI as an arc band between its ends', async () => {
    const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.62" ci-low="0.41" ci-high="0.83"></lzm-barometer>`);
    const ci = shadow(el).querySelector('path.ci') as SVGPathElement;
    expect(ci).to.exist;
    const box = ci.getBBox();
    const a = -Math.PI / 2 + (0.61 / 1.4) * Math.PI;
    const b = -Math.PI / 2 + (1.03 / 1.4) * Math.PI;
    // The band spans horizontally from the inner point at the low end to the outer point at the high end.
    expect(box.x).to.be.closeTo(Math.min(DIAL.ciInner * Math.sin(a), DIAL.ciOuter * Math.sin(a)), 0.5);
    expect(box.x + box.width).to.be.closeTo(DIAL.ciOuter * Math.sin(b), 0.5);
    const plain = await fixture<LzmBarometer>(html`<lzm-barometer value="0.62"></lzm-barometer>`);
    expect(shadow(plain).querySelector('path.ci')).to.equal(null);
  });

  it('clamps values off the scale with a visible marker and states the true value', async () => {
    const el = await fixture<LzmBarometer>(html`<lzm-barometer value="1.44"></lzm-barometer>`);
    expect(drawnNeedleAngle(el)).to.be.closeTo(90, 0.01);
    const marker = shadow(el).querySelector('.off-scale')!;
    expect(marker.getAttribute('data-off')).to.equal('above');
    expect(marker.querySelector('text')!.textContent).to.equal('> 1,2');
    expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('1,44');
    expect(meterOf(el).getAttribute('aria-valuenow')).to.equal('1.2');
    expect(meterOf(el).getAttribute('aria-valuetext')).to.include('1,44').and.include('buiten de schaal, boven 1,20');
    const below = await fixture<LzmBarometer>(html`<lzm-barometer value="-0.5" lang="en"></lzm-barometer>`);
    expect(shadow(below).querySelector('.off-scale text')!.textContent).to.equal('< −0.2');
  });

  it('shows an empty state without a needle when there is no value', async () => {
    const el = await fixture<LzmBarometer>(html`<lzm-barometer label="Feedback"></lzm-barometer>`);
    expect(shadow(el).querySelector('.needle')).to.equal(null);
    expect(shadow(el).querySelector('.empty')!.textContent).to.equal('Nog geen effectgrootte om te tonen.');
    await expect(el).to.be.accessible();
  });

  it('says when a CI crosses the hinge and a group is small', async () => {
    const el = await fixture<LzmBarometer>(html`<lzm-barometer lang="en" value="0.69" ci-low="0.07" ci-high="1.31" n="6"></lzm-barometer>`);
    await waitUntil(() => shadow(el).querySelector('[part="notes"]'), 'reading notes shown', { timeout: 5000 });
    const notes = [...shadow(el).querySelectorAll('[part="notes"] li')].map((li) => li.textContent);
    expect(notes).to.deep.equal([
      'With this group size this cannot be told apart from the hinge point (0.40): the 95% CI runs from 0.07 to 1.31.',
      'Small group (n = 6): one pupil moves the number a lot; read it with care.',
    ]);
    await expect(el).to.be.accessible();
    const plain = await fixture<LzmBarometer>(html`<lzm-barometer value="0.69"></lzm-barometer>`);
    expect(shadow(plain).querySelector('[part="notes"]')).to.equal(null);
  });

  it('draws a reference needle with a legend line', async () => {
    const el = await fixture<LzmBarometer>(
      html`<lzm-barometer details value="0.62" reference="0.4" reference-label="Vorige meting"></lzm-barometer>`,
    );
    await waitUntil(() => shadow(el).querySelector('.legend'), 'legend shown', { timeout: 5000 });
    const line = shadow(el).querySelector('.reference line')!;
    const dx = Number(line.getAttribute('x2')) - DIAL.cx;
    const dy = DIAL.cy - Number(line.getAttribute('y2'));
    expect((Math.atan2(dx, dy) * 180) / Math.PI).to.be.closeTo(-90 + (0.6 / 1.4) * 180, 0.01);
    expect(shadow(el).querySelector('.legend')!.textContent).to.include('Vorige meting: 0,40');
  });

  it('has a data table, out of the accessibility tree until a keyboard user reveals it', async () => {
    const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.62" n="27"></lzm-barometer>`);
    expect(shadow(el).querySelector('table'), 'no hidden table').to.equal(null);
    const button = shadow(el).querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Named after its chart, so several dials' buttons differ; without a label, after the quantity.
    expect(button.getAttribute('aria-label')).to.equal('Toon tabel: Effectgrootte');
    const named = await fixture<LzmBarometer>(html`<lzm-barometer value="0.62" label="Feedback"></lzm-barometer>`);
    expect(shadow(named).querySelector('button')!.getAttribute('aria-label')).to.equal('Toon tabel: Feedback');
    button.focus();
    expect(shadow(el).activeElement).to.equal(button);
    button.click();
    await waitUntil(() => shadow(el).querySelector('table'), 'table shown', { timeout: 5000 });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelector('table')!.id).to.equal(button.getAttribute('aria-controls'));
    const cells = tableRows(el);
    expect(cells).to.include('Effectgrootte 0,62');
    expect(cells).to.include('n (leerlingen) 27');
    expect(cells).to.include('scharnierpunt 0,40');
    expect(el.hasAttribute('show-table')).to.equal(true);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('table')).to.equal(null);
  });

  describe('on demand: a dial is its SVG and value text until more is asked for', () => {
    const lean = (el: Element) => ({
      legend: !!shadow(el).querySelector('.legend'),
      detail: !!shadow(el).querySelector('.detail'),
      table: !!shadow(el).querySelector('table'),
    });

    it('renders no legend, detail line or table by default, and stays small', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.62" label="Feedback" ci-low="0.41" ci-high="0.83" n="27"></lzm-barometer>`);
      expect(lean(el)).to.deep.equal({ legend: false, detail: false, table: false });
      expect(shadow(el).querySelectorAll('*').length).to.be.at.most(32);
      // The screen reader's reading is complete without them.
      expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('Effectgrootte 0,62 — zone van gewenste effecten (95%-BI 0,41–0,83, n = 27)');
    });

    it('renders the details on focus', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.62" ci-low="0.41" ci-high="0.83"></lzm-barometer>`);
      shadow(el).querySelector('button')!.focus();
      await waitUntil(() => shadow(el).querySelector('.legend'), 'legend on focus', { timeout: 5000 });
      expect(shadow(el).querySelector('.detail')!.textContent).to.equal('95%-BI 0,41–0,83');
      expect(shadow(el).querySelectorAll('.legend li')).to.have.length(4);
      expect(shadow(el).querySelector('table'), 'the table still waits for its button').to.equal(null);
    });

    it('renders the details before printing', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.3"></lzm-barometer>`);
      window.dispatchEvent(new Event('beforeprint'));
      await waitUntil(() => shadow(el).querySelector('.legend'), 'legend for print', { timeout: 5000 });
      expect(shadow(el).querySelector('.legend')!.textContent).to.include('leerkrachteffecten (0,15–0,40)');
    });

    it('renders the details from the start with the details attribute, in the first update once loaded', async () => {
      await LzmBarometer.loadDetails();
      const el = await fixture<LzmBarometer>(html`<lzm-barometer details value="0.62" n="27"></lzm-barometer>`);
      expect(lean(el)).to.deep.equal({ legend: true, detail: true, table: false });
      expect(shadow(el).querySelector('.detail')!.textContent).to.equal('n = 27');
    });
  });

  describe('a screen reader hears it once', () => {
    /**
     * What the accessibility tree exposes as text: names and value texts of elements with a role,
     * and text nodes, skipping aria-hidden subtrees (what a screen reader reads in browse mode).
     */
    const spokenTexts = (root: Node): string[] => {
      const out: string[] = [];
      const walk = (node: Node) => {
        if (node instanceof Element) {
          if (node.getAttribute('aria-hidden') === 'true') return;
          for (const attribute of ['aria-label', 'aria-valuetext']) if (node.hasAttribute(attribute)) out.push(node.getAttribute(attribute)!);
        } else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
          out.push(node.textContent!.trim());
        }
        node.childNodes.forEach(walk);
      };
      walk(root);
      return out;
    };
    const count = (texts: string[], needle: string) => texts.join(' | ').split(needle).length - 1;

    it('one meter with a concise name and the whole reading; caption and legend hidden; no table until shown', async () => {
      const el = await fixture<LzmBarometer>(
        html`<lzm-barometer details label="Feedback" value="0.62" ci-low="0.41" ci-high="0.83" n="27"></lzm-barometer>`,
      );
      await waitUntil(() => shadow(el).querySelector('.legend'), 'details shown', { timeout: 5000 });
      expect(shadow(el).querySelectorAll('[role="meter"]')).to.have.length(1);
      expect(meterOf(el).getAttribute('aria-label')).to.equal('Feedback');
      const spoken = spokenTexts(shadow(el));
      // The value, the zone, the CI and the label each once (in the meter), not again from caption or legend.
      for (const text of ['0,62', 'zone van gewenste effecten', '0,41']) expect(count(spoken, text), `${text} in ${spoken.join(' | ')}`).to.equal(1);
      // The label names the meter, and the table button after its chart: nowhere else.
      expect(spoken.filter((text) => text.includes('Feedback'))).to.deep.equal(['Feedback', 'Toon tabel: Feedback']);
      expect(shadow(el).querySelector('table'), 'no table in the tree').to.equal(null);
      shadow(el).querySelector('button')!.click();
      await waitUntil(() => shadow(el).querySelector('table'), 'table shown', { timeout: 5000 });
      expect(count(spokenTexts(shadow(el)), '0,62'), 'the table, once asked for').to.equal(2);
    });
  });

  describe('labels inside the element box (the host clips what lies outside it)', () => {
    const scales: [string, string, string][] = [
      ['-0.2', '1.2', '0.4'],
      ['-1', '2', '0.4'],
      ['-1', '2', '0.55'],
      ['0', '1', '1'],
      ['-0.25', '1.5', '-0.25'],
      ['-10', '10', '3'],
    ];
    for (const width of [120, 200, 320, 480]) {
      it(`every text of the dial lies inside the host at ${width} px, for ${scales.length} scales`, async () => {
        for (const [min, max, hinge] of scales) {
          const wrapper = await fixture(html`<div style="width:${width}px;padding:40px">
            <lzm-barometer min=${min} max=${max} hinge=${hinge} value=${Number(max) + 1}></lzm-barometer>
            <lzm-barometer min=${min} max=${max} hinge=${hinge} value=${Number(min) - 1}></lzm-barometer>
          </div>`);
          for (const el of wrapper.querySelectorAll('lzm-barometer')) {
            await (el as LzmBarometer).updateComplete;
            // On screen, where content-visibility lays it out at its real size and clips to it.
            el.scrollIntoView();
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            expect(el.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
            const host = el.getBoundingClientRect();
            const texts = [...shadow(el).querySelectorAll('svg text')];
            expect(texts.length, 'ticks, hinge and off-scale labels').to.be.greaterThan(4);
            for (const text of texts) {
              const box = text.getBoundingClientRect();
              const where = `"${text.textContent}" (min ${min}, max ${max}, hinge ${hinge}, ${width} px)`;
              expect(box.left, where).to.be.at.least(host.left - 0.01);
              expect(box.right, where).to.be.at.most(host.right + 0.01);
              expect(box.top, where).to.be.at.least(host.top - 0.01);
              expect(box.bottom, where).to.be.at.most(host.bottom + 0.01);
            }
          }
        }
      });
    }

    it('the left end reads "−0,2" in full: the minus sign is painted, not cut off', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer style="width:200px" value="0.3"></lzm-barometer>`);
      const first = shadow(el).querySelector('svg text')!;
      expect(first.textContent).to.equal('−0,2');
      // The first glyph (the minus) starts inside the host.
      const minus = (first as SVGTextContentElement).getExtentOfChar(0);
      const svgBox = shadow(el).querySelector('svg')!.getBoundingClientRect();
      const scale = svgBox.width / (shadow(el).querySelector('svg') as SVGSVGElement).viewBox.baseVal.width;
      const left = svgBox.left + (minus.x - (shadow(el).querySelector('svg') as SVGSVGElement).viewBox.baseVal.x) * scale;
      expect(left).to.be.at.least(el.getBoundingClientRect().left);
    });
  });

  describe('forced colours', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none' }));

    /** A system colour as the browser resolves it in the current mode. */
    const systemColour = (name: string) => {
      const probe = document.createElement('span');
      probe.style.color = name;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
        const x = Number(c) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };

    it('draws needle, hub, CI band, hinge and its label in system colours that stand out; zones stay apart', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.62" hinge="0.5" ci-low="0.41" ci-high="0.83"></lzm-barometer>`);
      const canvas = systemColour('Canvas');
      const style = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!);
      const checks: [string, string][] = [
        ['needle line', style('.needle line').stroke],
        ['hub', style('.needle circle').fill],
        ['CI band outline', style('path.ci').stroke],
        ['hinge line', style('.hinge line').stroke],
        ['hinge label', style('.hinge text').fill],
        ['tick label', style('.tick-labels text').fill],
      ];
      for (const [what, colour] of checks) expect(contrast(colour, canvas), `${what}: ${colour} on ${canvas}`).to.be.at.least(4.5);
      const zones = [...shadow(el).querySelectorAll('path.zone')].map((path) => getComputedStyle(path).fill);
      expect(new Set(zones).size, `zone fills ${zones.join(', ')}`).to.be.at.least(3);
      // The one zone filled like the canvas is outlined.
      expect(contrast(getComputedStyle(shadow(el).querySelector('path.zone')!).stroke, canvas)).to.be.at.least(4.5);
    });

    it('keeps the legend swatches filled', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<LzmBarometer>(html`<lzm-barometer details value="0.62"></lzm-barometer>`);
      await waitUntil(() => shadow(el).querySelector('.legend'), 'legend', { timeout: 5000 });
      const swatches = [...shadow(el).querySelectorAll('.legend .swatch')].map((swatch) => getComputedStyle(swatch).backgroundColor);
      expect(new Set(swatches).size, swatches.join(', ')).to.be.at.least(3);
    });
  });

  it('animates the needle on change, but not with prefers-reduced-motion', async () => {
    const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.1"></lzm-barometer>`);
    expect(shadow(el).getAnimations()).to.have.length(0);
    el.value = 0.9;
    await el.updateComplete;
    expect(shadow(el).getAnimations()).to.have.length(1);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const calm = await fixture<LzmBarometer>(html`<lzm-barometer value="0.1"></lzm-barometer>`);
      calm.value = 0.9;
      await calm.updateComplete;
      expect(shadow(calm).getAnimations()).to.have.length(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('a long page of dials skips rendering those off screen, but keeps them accessible', async () => {
    const list = await fixture(html`<div>${Array.from({ length: 60 }, (_, i) => html`<lzm-barometer value=${i / 50} label=${`I${i}`}></lzm-barometer>`)}</div>`);
    const dials = [...list.querySelectorAll('lzm-barometer')];
    await Promise.all(dials.map((dial) => dial.updateComplete));
    const last = dials[dials.length - 1];
    expect(getComputedStyle(last).contentVisibility).to.equal('auto');
    expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    const lastMeter = last.shadowRoot!.querySelector('[role="meter"]')!;
    expect(lastMeter.checkVisibility({ contentVisibilityAuto: true }), 'skipped while off screen').to.equal(false);
    expect(lastMeter.getAttribute('aria-valuetext')).to.match(/^Effectgrootte 1,18/);
  });

  it('compact variant: one line, still a named meter', async () => {
    const el = await fixture<LzmBarometer>(html`<lzm-barometer compact value="0.62" label="Feedback"></lzm-barometer>`);
    expect(shadow(el).querySelector('.legend')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.lessThan(80);
    await expect(el).to.be.accessible();
  });

  describe('errors', () => {
    const expectError = (template: ReturnType<typeof html>, message: string) =>
      expectErrorState<LzmBarometer>(template, message, {});

    it('bad value attribute', async () => {
      await expectError(html`<lzm-barometer value="veel"></lzm-barometer>`, 'attribuut value: "veel" is geen getal');
    });

    it('min not below max', async () => {
      await expectError(html`<lzm-barometer value="0.4" min="1" max="0" lang="en"></lzm-barometer>`, 'min (1.00) must be less than max (0.00)');
    });

    it('src not found', async () => {
      await expectError(html`<lzm-barometer src="/test/fixtures/missing.csv"></lzm-barometer>`, 'missing.csv: kon niet worden geladen (HTTP 404)');
    });

    it('bad CSV number, with line and column', async () => {
      await expectError(
        html`<lzm-barometer src="/test/fixtures/bad-number.csv" item="Feedback"></lzm-barometer>`,
        'bad-number.csv:7:2: "n.v.t." is geen getal',
      );
    });

    it('bad JSON, with line and column', async () => {
      await expectError(
        html`<lzm-barometer lang="en" src="/test/fixtures/bad-json.json"></lzm-barometer>`,
        'bad-json.json:4:1: invalid JSON: unexpected character "}"',
      );
    });

    it('item not in the file', async () => {
      await expectError(
        html`<lzm-barometer src="/test/fixtures/influences.json" item="Huiswerk"></lzm-barometer>`,
        'influences.json: "Huiswerk" niet gevonden (aanwezig: Feedback, Kleinere klassen)',
      );
    });

    it('recovers when the input is fixed', async () => {
      const el = await expectError(html`<lzm-barometer value="x"></lzm-barometer>`, 'attribuut value: "x" is geen getal');
      el.setAttribute('value', '0.5');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(meterOf(el)).to.exist;
    });
  });

  describe('data sources', () => {
    it('picks an influence from the Windows-1252 CSV by item, and fires lzm-load', async () => {
      const el = document.createElement('lzm-barometer');
      el.setAttribute('src', '/test/fixtures/invloeden-win1252.csv');
      el.setAttribute('item', 'hoge verwachtingen voor alle leerlingen');
      const loaded = oneEvent(el, 'lzm-load');
      document.body.append(el);
      try {
        const event = await loaded;
        expect(event.detail).to.deep.equal({ file: 'invloeden-win1252.csv', kind: 'csv' });
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('1,44');
        expect(shadow(el).querySelector('[part="label"]')!.textContent).to.equal('Hoge verwachtingen voor alle leerlingen');
      } finally {
        el.remove();
      }
    });

    it('reads a tab-separated file with CI and n', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer src="/test/fixtures/influences.tsv" item="Feedback"></lzm-barometer>`);
      await oneEvent(el, 'lzm-load');
      expect(meterOf(el).getAttribute('aria-valuetext')).to.equal(
        'Effectgrootte 0,62 — zone van gewenste effecten (95%-BI 0,41–0,83, n = 27)',
      );
    });

    it('computes d, CI and n from pupil pre/post scores, filtered by group and subject', async () => {
      const el = await fixture<LzmBarometer>(
        html`<lzm-barometer src="/test/fixtures/leerlingen-win1252.csv" group="5b" subject="Rekenen"></lzm-barometer>`,
      );
      await oneEvent(el, 'lzm-load');
      expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('0,99');
      expect(meterOf(el).getAttribute('aria-valuetext')).to.equal(
        'Effectgrootte 0,99 — zone van gewenste effecten (95%-BI 0,80–1,18, n = 10, d_z = 3,59, r = 0,97)',
      );
      await waitUntil(() => shadow(el).querySelector('[part="notes"]'), 'reading notes shown', { timeout: 5000 });
      expect([...shadow(el).querySelectorAll('[part="notes"] li')].map((li) => li.textContent)).to.deep.equal([
        'Eén groep met een voor- en nameting meet groei, niet wat die groei veroorzaakte.',
      ]);
      el.showTable = true;
      await waitUntil(() => shadow(el).querySelector('table'), 'table shown', { timeout: 5000 });
      const rows = tableRows(el);
      expect(rows).to.include('Hedges g (kleine-groepscorrectie) 0,90');
      expect(rows).to.include('r (correlatie voor/na) 0,97');
    });

    it('hides the number of a group smaller than min-group and counts missing scores', async () => {
      const el = await fixture<LzmBarometer>(
        html`<lzm-barometer src="/test/fixtures/leerlingen-win1252.csv" group="6A" min-group="6"></lzm-barometer>`,
      );
      await oneEvent(el, 'lzm-load');
      expect(shadow(el).querySelector('[role="meter"]')).to.equal(null);
      expect(shadow(el).textContent).to.include('Minder dan 6 leerlingen');
      el.minGroup = 5;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('0,30');
      expect(shadow(el).textContent).to.include('1 leerlingen zonder voor- of nameting niet meegeteld');
    });

    it('accepts .data as an object, a list with item, or paired scores', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer lang="en"></lzm-barometer>`);
      el.data = { name: 'Feedback', value: 0.75 };
      await waitUntil(() => shadow(el).querySelector('[part="value"]'), 'data shown', { timeout: 5000 });
      expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('0.75');
      el.data = [{ name: 'A', d: 0.1 }, { name: 'B', d: 0.2 }];
      el.item = 'B';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('0.20');
      el.data = { pre: [52, 48, 61, 55, 47, 58, 50, 63, 44, 57], post: [60, 55, 66, 63, 50, 64, 58, 70, 49, 66] };
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('0.99');
    });

    it('shows d_z and r given with a summary in .data (as the dashboard hands them), and reads r in its notes', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer hinge="0.3"></lzm-barometer>`);
      el.data = { name: '5B · taal', value: 0.62, n: 12, ciLow: -0.3, ciHigh: 1.54, dz: 0.42, r: -0.12 };
      await waitUntil(() => shadow(el).querySelector('[part="notes"]'), 'reading notes shown', { timeout: 5000 });
      expect(meterOf(el).getAttribute('aria-valuetext')).to.equal(
        'Effectgrootte 0,62 — zone van gewenste effecten (95%-BI −0,30–1,54, n = 12, d_z = 0,42, r = −0,12)',
      );
      el.showTable = true;
      await waitUntil(() => shadow(el).querySelector('table'), 'table shown', { timeout: 5000 });
      expect(tableRows(el)).to.include('r (correlatie voor/na) −0,12');
      expect([...shadow(el).querySelectorAll('[part="notes"] li')].map((li) => li.textContent)).to.deep.equal([
        'Met deze groepsgrootte is dit niet te onderscheiden van het scharnierpunt (0,30): het 95%-BI loopt van −0,30 tot 1,54.',
        'Voor- en nameting hangen weinig samen (r = −0,12): waren het wel toetsen van dezelfde soort?',
      ]);
      el.data = { name: 'x', value: 0.5, dz: null };
      await el.updateComplete;
      expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('Effectgrootte 0,50 — zone van gewenste effecten');
      await expect(el).to.be.accessible();
    });

    it('reads a dropped File in .data like a src, with its name in errors', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer item="Feedback"></lzm-barometer>`);
      el.data = new File(['invloed;effectgrootte\nFeedback;0,75\n'], 'mijn-effecten.csv', { type: 'text/csv' });
      await oneEvent(el, 'lzm-load');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('0,75');
      const failed = oneEvent(el, 'lzm-error');
      el.data = new File(['invloed;effectgrootte\nFeedback;veel\n'], 'mijn-effecten.csv');
      expect((await failed).detail.message).to.equal('mijn-effecten.csv:2:2: "veel" is geen getal');
    });

    it('finishes loading after being removed and added back mid-load', async () => {
      const el = document.createElement('lzm-barometer');
      el.setAttribute('src', '/test/fixtures/influences.json');
      el.setAttribute('item', 'Feedback');
      document.body.append(el);
      el.remove();
      const loaded = oneEvent(el, 'lzm-load');
      document.body.append(el);
      try {
        await loaded;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="value"]')!.textContent).to.equal('0,62');
      } finally {
        el.remove();
      }
    });

    it('escapes data text (no markup from a label)', async () => {
      const el = await fixture<LzmBarometer>(html`<lzm-barometer></lzm-barometer>`);
      el.data = { name: '<img src=x onerror="window.__xss=1">', value: 0.5 };
      await waitUntil(() => shadow(el).querySelector('[part="label"]'), 'data shown', { timeout: 5000 });
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(shadow(el).querySelector('[part="label"]')!.textContent).to.equal('<img src=x onerror="window.__xss=1">');
    });
  });

  it('documents every part it renders in custom-elements.json', async () => {
    const el = await fixture<LzmBarometer>(
      html`<lzm-barometer details show-table value="0.69" ci-low="0.07" ci-high="1.31" n="6" label="x" reference="0.4"></lzm-barometer>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part="notes"]') && shadow(el).querySelector('[part="table"]'), undefined, { timeout: 5000 });
    const rendered = new Set([...shadow(el).querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(' ')));
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declaration = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'lzm-barometer');
    const documented = new Set(declaration.cssParts.map((p: { name: string }) => p.name));
    for (const part of rendered) expect(documented.has(part), `part ${part}`).to.equal(true);
  });

  describe('registration', () => {
    it('defining twice does not throw; a different version warns', () => {
      expect(() => defineElement('lzm-barometer', LzmBarometer)).not.to.throw();
      class Other extends LzmBarometer {}
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const existing = customElements.get('lzm-barometer') as unknown as Record<symbol, string>;
        const key = Symbol.for('lzm-kit.version');
        const real = existing[key];
        existing[key] = '0.0.1';
        try {
          expect(() => defineElement('lzm-barometer', Other)).not.to.throw();
        } finally {
          existing[key] = real;
        }
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('already defined by lzm-kit 0.0.1');
      expect(customElements.get('lzm-barometer')).to.equal(LzmBarometer);
    });
  });
});
