import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import { TAGS as tags } from './tags.js';

/**
 * Styles never leak out of an element (shadow DOM), and hostile page styles never break one:
 * a publisher's page may have any global reset.
 */

const hostile = `
  * { box-sizing: content-box !important; font-size: 30px; line-height: 3; margin: 7px; padding: 9px; color: #f0f; }
  svg, table, button, figure, ul, li, path, line, text { display: inline; fill: lime; stroke: none; border: 5px solid red; }
  .value, .label, .legend, .zone, .needle, .error, .visually-hidden { display: none !important; }
`;

describe('style isolation', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = hostile;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const tag of tags) {
    it(`<${tag}>: page styles do not reach inside, and its styles do not leak out`, async () => {
      const page = await fixture(html`<div>
        <p class="value label legend">page text</p>
        <button class="toggle">page button</button>
        <div id="host"></div>
      </div>`);
      const before = getComputedStyle(page.querySelector('button')!).borderTopWidth;
      const element = document.createElement(tag);
      if (tag === 'lzm-barometer') element.setAttribute('value', '0.62');
      page.querySelector('#host')!.append(element);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

      // Hostile class rules (display:none on .value, .legend, …) do not hide the element's own parts.
      const root = element.shadowRoot!;
      const svg = root.querySelector('svg');
      if (svg) {
        const box = svg.getBoundingClientRect();
        expect(box.width, 'svg width').to.be.greaterThan(40);
        expect(box.height, 'svg height').to.be.greaterThan(20);
        expect(getComputedStyle(svg).display).to.equal('block');
      }
      for (const node of root.querySelectorAll('.value, .label, .legend')) {
        expect(getComputedStyle(node).display, node.className).not.to.equal('none');
      }
      // The element's own rules (e.g. its button style) do not restyle the page's elements.
      expect(getComputedStyle(page.querySelector('button')!).borderTopWidth).to.equal(before);
      expect(getComputedStyle(page.querySelector('p')!).display).to.equal('none');
    });
  }
});
