import { expect, oneEvent } from '@open-wc/testing';
import '../../components/index.js';

/**
 * `lzm-load` means "the data is on screen": by the time it fires, the lazily loaded data reader
 * has run and the element shows the data, not its loading state.
 */
const cases: [string, string][] = [
  ['lzm-barometer', '/test/fixtures/influences.json'],
  ['lzm-landscape', '/test/fixtures/landscape.json'],
  ['lzm-senge-wheel', '/test/fixtures/senge-scores-win1252.csv'],
  ['lzm-feedback-legend', '/test/fixtures/legenda-win1252.csv'],
  ['lzm-effect-plot', '/test/fixtures/invloeden-win1252.csv'],
];

describe('lzm-load', () => {
  for (const [tag, src] of cases) {
    it(`<${tag}> fires it once the data is rendered`, async () => {
      const element = document.createElement(tag);
      if (tag === 'lzm-barometer') element.setAttribute('item', 'Feedback');
      element.setAttribute('src', src);
      const loaded = oneEvent(element, 'lzm-load');
      document.body.append(element);
      try {
        await loaded;
        const root = element.shadowRoot!;
        expect(root.querySelector('[role="status"].loading'), 'no loading state').to.equal(null);
        expect(root.querySelector('[role="alert"]'), 'no error').to.equal(null);
        expect(root.querySelector('svg, ul'), 'content').to.exist;
      } finally {
        element.remove();
      }
    });
  }

  for (const [tag, src] of cases) {
    it(`<${tag}> reads a dropped File in .data like its src`, async () => {
      const bytes = await (await fetch(src)).arrayBuffer();
      const element = document.createElement(tag) as HTMLElement & { data?: unknown };
      if (tag === 'lzm-barometer') element.setAttribute('item', 'Feedback');
      document.body.append(element);
      try {
        const loaded = oneEvent(element, 'lzm-load');
        element.data = new File([bytes], src.split('/').pop()!);
        expect((await loaded).detail.file).to.equal(src.split('/').pop());
        expect(element.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
        expect(element.shadowRoot!.querySelector('svg, ul'), 'content').to.exist;
      } finally {
        element.remove();
      }
    });
  }
});
