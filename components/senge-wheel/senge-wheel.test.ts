import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { watchLitWarnings } from '../../test/helpers/lit-warnings.js';
import { expectErrorState } from '../../test/helpers/expect-error.js';
import type { LzmErrorDetail } from '../core/errors.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './senge-wheel.js';
import type { LzmSengeWheel } from './senge-wheel.component.js';
import { systemColor } from '../../test/helpers/system-color.js';

/**
 * What the eye sees, in view-box units (the wheel is 320 across): the hub a disc of radius 46, the
 * ring of segments from 72 to 138 from the centre (OECD: from 34), segments 0.05 rad apart.
 */
const WHEEL = { hub: 46, inner: 72, outer: 138, oecdInner: 34 };
const GAP = 0.05;
const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, key: string) => shadow(el).querySelector(`[data-key="${key}"]`)!;
const legend = (el: Element) => [...shadow(el).querySelectorAll('.legend li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const tableRows = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' | '));
/** The accessible name an element gets from `aria-labelledby`, with the `lang` of each part that has one. */
const labelledBy = (el: Element, node: Element) =>
  node.getAttribute('aria-labelledby')!.split(' ').map((id) => shadow(el).getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
/** Distance from the centre of the first point of a path (the fill's outer arc start). */
const firstRadius = (path: Element) => {
  const [, x, y] = path.getAttribute('d')!.match(/^M(-?[\d.]+),(-?[\d.]+)/)!.map(Number);
  return Math.hypot(x, y);
};

describe('<lzm-senge-wheel>', () => {
  // No state set after an update completed (Lit's change-in-update warning), in any test of this file.
  const litWarnings = watchLitWarnings('lzm-senge-wheel');
  after(() => expect(litWarnings()).to.deep.equal([]));

  it('draws systems thinking as the hub, four segments around it with connectors, fills by score', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel systems-thinking="3" personal-mastery="3,4" mental-models="2.2"
      shared-vision="5" team-learning="1"></lzm-senge-wheel>`);
    expect(shadow(el).querySelectorAll('.connector')).to.have.length(4);
    expect(shadow(el).querySelectorAll('.discipline')).to.have.length(5);
    // The hub is a circle filled to half its radius for 3 on 1..5.
    const hub = part(el, 'systems');
    expect(Number(hub.querySelector('circle.fill')!.getAttribute('r'))).to.be.closeTo(WHEEL.hub / 2, 1e-9);
    expect(Number(hub.querySelector('circle.track')!.getAttribute('r'))).to.equal(WHEEL.hub);
    // Segments: radial fill, 3,4 → 60 % of the ring's depth.
    expect(firstRadius(part(el, 'mastery').querySelector('.fill')!)).to.be.closeTo(WHEEL.inner + 0.6 * (WHEEL.outer - WHEEL.inner), 0.01);
    expect(firstRadius(part(el, 'vision').querySelector('.fill')!)).to.be.closeTo(WHEEL.outer, 0.01);
    expect(firstRadius(part(el, 'team').querySelector('.fill')!)).to.be.closeTo(WHEEL.inner, 0.01);
    // Second segment (mental models) starts at 90° + half the gap.
    const [mx, my] = part(el, 'models').querySelector('.fill')!.getAttribute('d')!.match(/^M(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number);
    expect(Math.atan2(mx, -my)).to.be.closeTo(Math.PI / 2 + GAP / 2, 1e-3);
    // The value is written on each segment.
    expect(part(el, 'mastery').querySelector('.value')!.textContent).to.equal('3,4');
    expect(part(el, 'systems').querySelector('.value')!.textContent).to.equal('3,0');
    await expect(el).to.be.accessible();
  });

  it('takes a configurable scale', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel min="0" max="10" team-learning="7" systems-thinking="2,5"></lzm-senge-wheel>`);
    expect(firstRadius(part(el, 'team').querySelector('.fill')!)).to.be.closeTo(WHEEL.inner + 0.7 * (WHEEL.outer - WHEEL.inner), 0.01);
    expect(Number(part(el, 'systems').querySelector('circle.fill')!.getAttribute('r'))).to.be.closeTo(0.25 * WHEEL.hub, 1e-9);
    expect(shadow(el).querySelector('.scale')!.textContent).to.equal('Schaal 0–10');
    await expect(el).to.be.accessible();
  });

  it('names each discipline for assistive technology and in a numbered legend', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel systems-thinking="3.5" team-learning="4" n="12"></lzm-senge-wheel>`);
    const svgEl = shadow(el).querySelector('svg')!;
    expect(svgEl.getAttribute('role')).to.equal('group');
    expect(labelledBy(el, svgEl)).to.equal('De vijf disciplines van Senge');
    expect(part(el, 'systems').getAttribute('role')).to.equal('img');
    expect(part(el, 'systems').getAttribute('aria-label')).to.equal('Systeemdenken: 3,5 (n = 12)');
    expect(legend(el)).to.deep.equal([
      '1Systeemdenken: 3,5 (n = 12)',
      '2Persoonlijk meesterschap: geen gegevens',
      '3Mentale modellen: geen gegevens',
      '4Gedeelde visie: geen gegevens',
      '5Teamleren: 4,0 (n = 12)',
    ]);
    // Numbers identify segments, not colours: the badge on the segment matches the legend.
    expect(part(el, 'team').querySelector('.badge-text')!.textContent).to.equal('5');
    expect(shadow(el).textContent).to.include('Systeemdenken staat in het midden');
    await expect(el).to.be.accessible();
  });

  it('shows a tooltip explaining the discipline on keyboard focus, and hides it with Escape', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel lang="en" systems-thinking="3" shared-vision="4"></lzm-senge-wheel>`);
    // One tab stop (roving tabindex); the arrow keys follow the legend's numbers: the hub (1)
    // first, then the ring clockwise.
    const focusables = [...shadow(el).querySelectorAll('[tabindex]')];
    expect(focusables.map((node) => node.getAttribute('data-key'))).to.deep.equal(['systems', 'mastery', 'models', 'vision', 'team']);
    expect(focusables.map((node) => node.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
    (focusables[3] as SVGGElement).focus();
    // The explanations load on first focus (senge-wheel.texts.ts).
    await waitUntil(() => shadow(el).querySelector('[role="tooltip"]'), 'tooltip shown', { timeout: 5000 });
    const tip = shadow(el).querySelector('[role="tooltip"]')!;
    expect(tip.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Shared vision Building together a picture of the future that everyone commits to.',
    );
    expect(focusables[3].getAttribute('aria-describedby')).to.equal('tip');
    expect(focusables[2].hasAttribute('aria-describedby')).to.equal(false);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="tooltip"]')).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="tooltip"] strong')!.textContent).to.equal('Team learning');
    expect(focusables.map((node) => node.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '-1', '-1', '0']);
    (focusables[0] as SVGGElement).focus();
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="tooltip"]')!.textContent).to.include('It links the other four.');
  });

  it('shows the tooltip on hover too', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel systems-thinking="3"></lzm-senge-wheel>`);
    part(el, 'models').dispatchEvent(new MouseEvent('mouseenter'));
    await waitUntil(() => shadow(el).querySelector('[role="tooltip"]'), 'tooltip shown', { timeout: 5000 });
    expect(shadow(el).querySelector('[role="tooltip"] strong')!.textContent).to.equal('Mentale modellen');
    part(el, 'models').dispatchEvent(new MouseEvent('mouseleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="tooltip"]')).to.equal(null);
  });

  it('reads summary rows with two moments from a Windows-1252 CSV: outline, change, hidden small group', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel src="/test/fixtures/senge-scores-win1252.csv"></lzm-senge-wheel>`);
    await oneEvent(el, 'lzm-load');
    await el.updateComplete;
    // Earlier moment (sept.) as a dashed outline; current (juni) as fill.
    const vision = part(el, 'vision');
    expect(firstRadius(vision.querySelector('.earlier')!)).to.be.closeTo(WHEEL.inner + (2.2 / 4) * (WHEEL.outer - WHEEL.inner), 0.01);
    expect(firstRadius(vision.querySelector('.fill')!)).to.be.closeTo(WHEEL.inner + (2.9 / 4) * (WHEEL.outer - WHEEL.inner), 0.01);
    expect(Number(part(el, 'systems').querySelector('circle.earlier')!.getAttribute('r'))).to.be.closeTo((2.1 / 4) * WHEEL.hub, 1e-9);
    expect(legend(el)[0]).to.equal('1Systeemdenken: 3,5 (n = 12, SD 0,7, verandering +0,4)');
    expect(legend(el)[2]).to.equal('3Mentale modellen: 2,4 (n = 12, SD 0,8, verandering −0,1)');
    // Team learning had 3 respondents in June: no number, with the reason; no fill.
    expect(legend(el)[4]).to.equal('5Teamleren: verborgen, minder dan 5 antwoorden');
    expect(part(el, 'team').getAttribute('aria-label')).to.equal('Teamleren: verborgen, minder dan 5 antwoorden');
    expect(shadow(el).textContent).to.include('Minder dan 5 antwoorden: geen score getoond (privacy).');
    expect(part(el, 'team').querySelector('.fill')).to.equal(null);
    expect(part(el, 'team').querySelector('.value')!.textContent).to.equal('—');
    expect(tableRows(el)).to.deep.equal([
      'Systeemdenken | 3,50 | 12 | SD 0,70 | 3,10 | +0,4',
      'Persoonlijk meesterschap | 3,80 | 12 | SD 0,60 | 3,60 | +0,2',
      'Mentale modellen | 2,40 | 12 | SD 0,80 | 2,50 | −0,1',
      'Gedeelde visie | 3,90 | 12 | SD 0,50 | 3,20 | +0,7',
      'Teamleren | verborgen, minder dan 5 antwoorden | 3 | — | 3,00 | —',
    ]);
    expect([...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(
      ['Discipline', 'Score', 'n', 'Spreiding', 'vorige meting', 'verandering'],
    );
    expect(shadow(el).textContent).to.include('Stippellijn: vorige meting.');
    // Spread: a whisker from score − SD to score + SD (3,5 ± 0,7 on 1..5) in the hub.
    const whisker = part(el, 'systems').querySelector('.whisker')!.getAttribute('d')!;
    const [, y1] = whisker.match(/^M(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number);
    expect(y1).to.be.closeTo((1.8 / 4) * WHEEL.hub, 0.01);
    await expect(el).to.be.accessible();
  });

  it('aggregates raw survey answers (one row per respondent) to mean, SD and n', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel lang="en" src="/test/fixtures/senge-antwoorden-win1252.csv"></lzm-senge-wheel>`);
    await oneEvent(el, 'lzm-load');
    await el.updateComplete;
    // Expected values computed with python3's statistics.mean / statistics.stdev on the fixture's columns:
    // systems 3.375 / 0.916125 (n 8), mastery 3.875 / 0.64087, models 2.714286 / 0.755929 (n 7),
    // vision 4.125 / 0.64087, team n 4 (hidden with min-group 5).
    expect(tableRows(el)).to.deep.equal([
      'Systems thinking | 3.38 | 8 | SD 0.92',
      'Personal mastery | 3.88 | 8 | SD 0.64',
      'Mental models | 2.71 | 7 | SD 0.76',
      'Shared vision | 4.13 | 8 | SD 0.64',
      'Team learning | hidden, fewer than 5 answers | 4 | —',
    ]);
    expect(part(el, 'models').getAttribute('aria-label')).to.equal('Mental models: 2.7 (n = 7, SD 0.8)');
    el.minGroup = 4;
    await el.updateComplete;
    expect(tableRows(el)[4]).to.equal('Team learning | 4.00 | 4 | SD 0.82');
    await expect(el).to.be.accessible();
  });

  it('draws the SD whisker for .data with n and sd, and an earlier .compare', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel lang="en"></lzm-senge-wheel>`);
    el.data = { 'Personal mastery': { score: 3, n: 20, sd: 0.5 }, Systeemdenken: 4 };
    el.compare = { 'Personal mastery': 3.5 };
    await waitUntil(() => part(el, 'mastery')?.querySelector('.whisker'), 'whisker drawn', { timeout: 5000 });
    const ring = WHEEL.outer - WHEEL.inner;
    const d = part(el, 'mastery').querySelector('.whisker')!.getAttribute('d')!;
    const [x1, y1, x2, y2] = d.match(/^M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number);
    expect(Math.hypot(x1, y1)).to.be.closeTo(WHEEL.inner + (1.5 / 4) * ring, 0.01);
    expect(Math.hypot(x2, y2)).to.be.closeTo(WHEEL.inner + (2.5 / 4) * ring, 0.01);
    expect(part(el, 'mastery').querySelector('.n')!.textContent).to.equal('n = 20');
    expect(legend(el)[1]).to.equal('2Personal mastery: 3.0 (n = 20, SD 0.5, change −0.5)');
    expect(shadow(el).textContent).to.include('Line with end bars: spread');
    await expect(el).to.be.accessible();
  });

  it('reads a dropped CSV file given as .data, like src, with no error while it loads', async () => {
    const errors: string[] = [];
    const handler = (event: Event) => errors.push((event as CustomEvent<LzmErrorDetail>).detail.message);
    document.addEventListener('lzm-error', handler);
    try {
      const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel></lzm-senge-wheel>`);
      el.data = new File(['discipline;score;n\r\nSysteemdenken;3,1;12\r\nTeamleren;4,4;12\r\n'], 'teamscan.csv', { type: 'text/csv' });
      await waitUntil(() => shadow(el).querySelector('[data-key="team"]'), 'wheel drawn', { timeout: 5000 });
      expect(part(el, 'team').getAttribute('aria-label')).to.equal('Teamleren: 4,4 (n = 12)');
      expect(part(el, 'systems').getAttribute('aria-label')).to.equal('Systeemdenken: 3,1 (n = 12)');
      expect(errors, 'no error while the file loads').to.deep.equal([]);
      el.data = new File(['discipline;score\r\nZwemmen;3\r\n'], 'teamscan.csv', { type: 'text/csv' });
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'error shown', { timeout: 5000 });
      expect(shadow(el).querySelector('[role="alert"] code')!.textContent).to.match(/^teamscan\.csv:2:1: "Zwemmen" is geen bekende discipline/);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('lzm-error', handler);
    }
  });

  it('model="oecd": seven segments, no hub, names from the JSON', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel model="oecd" src="/test/fixtures/oecd-dimensies.json"></lzm-senge-wheel>`);
    await oneEvent(el, 'lzm-load');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.discipline')).to.have.length(7);
    expect(shadow(el).querySelectorAll('.connector')).to.have.length(0);
    expect(shadow(el).querySelector('circle.track')).to.equal(null);
    expect(labelledBy(el, shadow(el).querySelector('svg')!)).to.equal('School als lerende organisatie (OECD)');
    // The fourth of seven segments starts at 3/7 of the turn, plus half the gap.
    const start = (3 * 2 * Math.PI) / 7 + GAP / 2;
    const fill = part(el, 'oEnquiry').querySelector('.fill')!;
    const [x, y] = fill.getAttribute('d')!.match(/^M(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number);
    expect(Math.atan2(x, -y)).to.be.closeTo(start, 1e-3);
    expect(Math.hypot(x, y)).to.be.closeTo(WHEEL.oecdInner + (1.9 / 4) * (WHEEL.outer - WHEEL.oecdInner), 0.01);
    expect(legend(el)).to.deep.equal([
      '1Gedeelde visie op het leren van alle leerlingen: 3,8 (n = 21, SD 0,6)',
      '2Continu leren voor alle medewerkers: 3,2 (n = 21, SD 0,8)',
      '3Teamleren en samenwerking: 3,5 (n = 21, SD 0,7)',
      '4Cultuur van onderzoek, innovatie en verkenning: 2,9 (n = 21, SD 0,9)',
      '5Systemen om kennis te verzamelen en te delen: 2,6 (n = 21, SD 0,8)',
      '6Leren met de externe omgeving: 3,1 (n = 21, SD 0,7)',
      '7Leiderschap in leren voorleven en laten groeien: 3,7 (n = 21, SD 0,6)',
    ]);
    expect(shadow(el).textContent).not.to.include('Systeemdenken staat in het midden');
    await expect(el).to.be.accessible();
  });

  it('ignores the Senge score attributes in the OECD model', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel model="oecd" lang="en" team-learning="4"></lzm-senge-wheel>`);
    await waitUntil(() => shadow(el).querySelector('.empty'), 'empty state', { timeout: 5000 });
    expect(shadow(el).querySelector('.empty')!.textContent).to.equal('No scores to show yet.');
    await expect(el).to.be.accessible();
  });

  it('shows the data table with its toggle button', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel systems-thinking="3"></lzm-senge-wheel>`);
    const button = shadow(el).querySelector('button')!;
    const table = shadow(el).querySelector('table')!;
    // Collapsed, the table is rendered but hidden: out of the accessibility tree, not only out of sight.
    expect(table.hidden).to.equal(true);
    expect(getComputedStyle(table).display).to.equal('none');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Named after its chart, so that several on a page differ.
    expect(button.textContent!.trim()).to.equal('Toon tabel');
    expect(button.getAttribute('aria-label')).to.equal('Toon tabel: De vijf disciplines van Senge');
    button.click();
    await el.updateComplete;
    expect(table.hidden).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-label')).to.equal('Verberg tabel: De vijf disciplines van Senge');
    // Printed with the chart even when collapsed.
    el.showTable = false;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(table).display).to.equal('table');
      // A page that prints its own table (the dashboard) leaves this one out.
      el.style.setProperty('--lzm-print-table', 'none');
      expect(getComputedStyle(table).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("marks the school's team name with text-lang: in the wheel's name, caption and table, not the wheel's own words", async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel lang="en" team="Bovenbouw" text-lang="nl" systems-thinking="3.5" n="8"></lzm-senge-wheel>`);
    const svgEl = shadow(el).querySelector('svg')!;
    expect(labelledBy(el, svgEl)).to.equal('Senge’s five disciplines: team Bovenbouw');
    const marked = [...shadow(el).querySelectorAll('[lang]')].map((node) => [node.closest('caption, figcaption')!.localName, node.getAttribute('lang'), node.textContent]);
    expect(marked).to.deep.equal([
      ['figcaption', 'nl', 'Bovenbouw'],
      ['caption', 'nl', 'Bovenbouw'],
    ]);
    expect(shadow(el).querySelector('caption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Senge’s five disciplines: team Bovenbouw');
    expect(shadow(el).querySelector('button')!.getAttribute('aria-label')).to.equal('Show table: Senge’s five disciplines: team Bovenbouw');
    // In the school's own language nothing needs a mark.
    el.removeAttribute('text-lang');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[lang]')).to.have.length(0);
    expect(shadow(el).querySelector('.title')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Senge’s five disciplines: team Bovenbouw');
    await expect(el).to.be.accessible();
  });

  it('says why a discipline has no score: too few answers, or hidden to protect a smaller team', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel label="Team B"></lzm-senge-wheel>`);
    el.data = [
      { discipline: 'Systeemdenken', hidden: 'complement' },
      { discipline: 'Teamleren', hidden: 'small' },
      { discipline: 'Gedeelde visie', score: 3.2, n: 6 },
    ];
    await waitUntil(() => part(el, 'systems'), 'drawn', { timeout: 5000 });
    expect(part(el, 'systems').getAttribute('aria-label')).to.equal('Systeemdenken: verborgen, anders is een kleiner team te herleiden');
    expect(part(el, 'team').getAttribute('aria-label')).to.equal('Teamleren: verborgen, minder dan 5 antwoorden');
    expect(part(el, 'mastery').getAttribute('aria-label')).to.equal('Persoonlijk meesterschap: geen gegevens');
    expect(tableRows(el)[0]).to.equal('Systeemdenken | verborgen, anders is een kleiner team te herleiden | — | —');
    expect(tableRows(el)[4]).to.equal('Teamleren | verborgen, minder dan 5 antwoorden | — | —');
    expect(shadow(el).textContent).to.include('Verborgen: anders is de score van een kleiner team te herleiden (privacy).');
    el.lang = 'en';
    await el.updateComplete;
    expect(part(el, 'systems').getAttribute('aria-label')).to.equal('Systems thinking: hidden, else a smaller team could be worked out');
    expect(tableRows(el)[4]).to.equal('Team learning | hidden, fewer than 5 answers | — | —');
    await expect(el).to.be.accessible();
    // A reason the wheel does not know is an error, at its place.
    el.data = [{ discipline: 'Teamleren', hidden: 'ja' }];
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'error shown', { timeout: 5000 });
    expect(shadow(el).querySelector('[role="alert"] code')!.textContent).to.equal('1: "ja" is not a reason to hide (expected: small or complement)');
  });

  it('is one tab stop: arrow keys (round), Home and End move inside it and are not left to the page', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel systems-thinking="3" team-learning="4"></lzm-senge-wheel>`);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => (shadow(el).activeElement as SVGElement | null)?.dataset.key;
    expect(focused()).to.equal('systems');
    const pageKeys: string[] = [];
    const listener = (event: KeyboardEvent) => !event.defaultPrevented && pageKeys.push(event.key);
    document.addEventListener('keydown', listener);
    try {
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal('team');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal('systems');
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal('team');
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal('systems');
      expect(pageKeys).to.deep.equal([]);
    } finally {
      document.removeEventListener('keydown', listener);
    }
    // Tab leaves the drawing for the table button: two stops in all.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.localName).to.equal('button');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused()).to.equal('systems');
    before.remove();
  });

  it('forced colours: system colours for fill, track, lines and text', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel systems-thinking="3" team-learning="4" n="8"></lzm-senge-wheel>`);
    const style = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!);
    const normalFill = style('[data-key="team"] .fill').fill;
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(style('[data-key="team"] .fill').fill).to.equal(systemColor('Highlight'));
      expect(style('[data-key="team"] .fill').fill).not.to.equal(normalFill);
      expect(style('[data-key="team"] .track').stroke).to.equal(systemColor('CanvasText'));
      expect(style('[data-key="team"] .value').fill).to.equal(systemColor('CanvasText'));
      expect(style('[data-key="team"] .value').stroke).to.equal(systemColor('Canvas'));
      expect(style('.connector').stroke).to.equal(systemColor('GrayText'));
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('at 320 px nothing sticks out of the element, table shown or not', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px"><lzm-senge-wheel systems-thinking="3" team-learning="4" n="12"></lzm-senge-wheel></div>`);
    const el = wrapper.querySelector('lzm-senge-wheel') as LzmSengeWheel;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(288);
    el.showTable = true;
    await el.updateComplete;
    expect(shadow(el).querySelector('table')!.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    expect(el.scrollWidth).to.be.at.most(288);
  });

  it('respects reduced motion and prints without the button', async () => {
    const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel systems-thinking="3" team-learning="4"></lzm-senge-wheel>`);
    const fill = part(el, 'team').querySelector('.fill')!;
    expect(getComputedStyle(fill).transitionDuration).to.equal('0.4s, 0.4s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el).querySelector('button')!).display).to.equal('none');
      expect(getComputedStyle(fill).printColorAdjust).to.equal('exact');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('follows its container: legend beside the wheel when wide, below when narrow', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"><lzm-senge-wheel systems-thinking="3"></lzm-senge-wheel></div>`);
    const el = wrapper.querySelector('lzm-senge-wheel')!;
    await el.updateComplete;
    const wheel = () => shadow(el).querySelector('.wheel')!.getBoundingClientRect();
    const caption = () => shadow(el).querySelector('figcaption')!.getBoundingClientRect();
    expect(wheel().width).to.be.at.most(300);
    expect(caption().top).to.be.at.least(wheel().bottom - 1);
    wrapper.style.width = '700px';
    el.style.setProperty('--lzm-wheel-max-width', '700px');
    await aTimeout(50);
    expect(caption().left).to.be.at.least(wheel().right - 1);
  });

  describe('errors', () => {
    const expectError = (template: ReturnType<typeof html>, message: string) =>
      expectErrorState<LzmSengeWheel>(template, message, {});

    it('unknown discipline in a CSV cell, nl and en', async () => {
      await expectError(
        html`<lzm-senge-wheel src="/test/fixtures/senge-bad-discipline.csv"></lzm-senge-wheel>`,
        'senge-bad-discipline.csv:4:1: "Leiderschap" is geen bekende discipline (verwacht: Systeemdenken, Persoonlijk meesterschap, Mentale modellen, Gedeelde visie, Teamleren)',
      );
      await expectError(
        html`<lzm-senge-wheel lang="en" src="/test/fixtures/senge-bad-discipline.csv"></lzm-senge-wheel>`,
        'senge-bad-discipline.csv:4:1: "Leiderschap" is not a known discipline (expected: Systeemdenken, Persoonlijk meesterschap, Mentale modellen, Gedeelde visie, Teamleren)',
      );
    });

    it('an answer outside the scale, with line and column', async () => {
      await expectError(
        html`<lzm-senge-wheel src="/test/fixtures/senge-bad-answer.csv"></lzm-senge-wheel>`,
        'senge-bad-answer.csv:3:2: Teamleren: 6,00 ligt buiten de schaal 1,00–5,00',
      );
      // The scale is configurable: with min 4 the first answer (3) is already outside it.
      await expectError(
        html`<lzm-senge-wheel lang="en" src="/test/fixtures/senge-bad-answer.csv" min="4"></lzm-senge-wheel>`,
        'senge-bad-answer.csv:2:1: Systeemdenken: 3.00 is outside the scale 4.00–5.00',
      );
    });

    it('a file without disciplines', async () => {
      await expectError(
        html`<lzm-senge-wheel lang="en" src="/test/fixtures/senge-no-disciplines.csv"></lzm-senge-wheel>`,
        'senge-no-disciplines.csv:1: no discipline and score columns, and no columns named after disciplines (such as Systeemdenken, Persoonlijk meesterschap, Mentale modellen, Gedeelde visie, Teamleren)',
      );
    });

    it('a score in .data that is not a number names the record', async () => {
      const el = await fixture<LzmSengeWheel>(html`<lzm-senge-wheel lang="en"></lzm-senge-wheel>`);
      const error = oneEvent(el, 'lzm-error');
      el.data = [{ discipline: 'Teamleren', score: 3 }, { discipline: 'Gedeelde visie', score: 'hoog' }];
      expect((await error).detail.message).to.equal('2: "hoog" is not a number');
      await expect(el).to.be.accessible();
    });

    it('bad attributes', async () => {
      await expectError(html`<lzm-senge-wheel team-learning="veel"></lzm-senge-wheel>`, 'attribuut team-learning: "veel" is geen getal');
      await expectError(html`<lzm-senge-wheel lang="en" min="5" max="1"></lzm-senge-wheel>`, 'min (5.00) must be less than max (1.00)');
      const el = await expectError(html`<lzm-senge-wheel team-learning="6"></lzm-senge-wheel>`, 'team-learning: 6,00 ligt buiten de schaal 1,00–5,00');
      el.setAttribute('team-learning', '4');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(part(el, 'team').querySelector('.value')!.textContent).to.equal('4,0');
    });
  });
});
