import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';

/**
 * A publisher's page must never break because of one widget (issue 9): garbage `.data` never
 * throws out of render, a broken `src` leaves the other elements working, and mounting an element
 * 200 times leaves no listener or observer behind.
 */
const TAGS = ['lzm-barometer', 'lzm-landscape', 'lzm-senge-wheel', 'lzm-feedback-legend', 'lzm-effect-plot'];
type Lzm = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

/** Uncaught exceptions, unhandled rejections and console errors while `run` runs. */
async function problemsDuring(run: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ')}`);
  const onError = (event: ErrorEvent) => {
    problems.push(`uncaught: ${event.message}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    problems.push(`unhandled rejection: ${String(event.reason)}`);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return problems;
}

const circular: Record<string, unknown> = { name: 'rond', value: 0.3 };
circular.self = circular;

/** Values of many wrong shapes, as a careless script or a broken API might hand over. */
const GARBAGE: Array<[string, unknown]> = [
  ['null', null],
  ['0', 0],
  ['NaN', NaN],
  ['-Infinity', -Infinity],
  ['a string', 'Feedback;0,62'],
  ['an empty string', ''],
  ['true', true],
  ['an empty array', []],
  ['nested arrays', [[1, [2, [3]]], [[]]]],
  ['an array of nulls', [null, undefined, null]],
  ['an array of numbers', [1, 2, 3]],
  ['an empty object', {}],
  ['an object without a prototype', Object.create(null)],
  ['wrong value type', { name: 5, value: 'veel' }],
  ['value is an object', { name: 'x', value: { d: 0.4 } }],
  ['pre/post of wrong types', { pre: [1, 'x', null], post: 'abc' }],
  ['pre/post of different lengths', { pre: [1, 2, 3], post: [1] }],
  ['islands is a number', { islands: 5, bridges: 'x' }],
  ['islands with text scores', { islands: { onderzoeken: 'hoog' }, polders: [] }],
  ['bridges of wrong type', { bridges: [{ from: 1, to: null, strength: {} }] }],
  ['legend items of wrong type', [{ kleur: 5, betekenis: ['a'], symbool: {} }]],
  ['disciplines nested deeply', { Systeemdenken: { score: { score: 3 } } }],
  ['a date', new Date(0)],
  ['a function', () => 1],
  ['a circular object', circular],
  ['an object whose getter throws', { get value() { throw new Error('getter'); }, name: 'x' }],
  ['a very long array', Array.from({ length: 20000 }, (_, i) => ({ name: `i${i}`, value: i % 2 ? 'x' : 0.1 }))],
];

describe('elements never throw out of render', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: ${GARBAGE.length} kinds of garbage .data give an error or empty state, never an exception`, async () => {
      const element = document.createElement(tag) as Lzm;
      document.body.append(element);
      try {
        for (const [name, value] of GARBAGE) {
          const problems = await problemsDuring(async () => {
            element.data = value;
            await element.updateComplete;
            // The element's data reader loads lazily; then it must leave the loading state.
            await waitUntil(() => !element.shadowRoot!.querySelector('.loading'), `${name}: still loading`, { timeout: 3000 });
            await element.updateComplete;
          });
          expect(problems, name).to.deep.equal([]);
          const root = element.shadowRoot!;
          // Rendered something: the error box, the empty state, or the element's figure/list/svg.
          expect(root.querySelector('[role="alert"], .empty, svg, figure, ul, ol, table, [role="img"], [role="meter"]'), name).to.not.equal(null);
          const alert = root.querySelector('[role="alert"]');
          if (alert) expect(alert.textContent!.trim(), name).to.not.equal('');
        }
        // And it recovers when good data comes.
        const good: Record<string, unknown> = {
          'lzm-barometer': { name: 'Feedback', value: 0.62 },
          'lzm-landscape': { islands: { onderzoeken: 0.5 } },
          'lzm-senge-wheel': { Systeemdenken: 3.4, Teamleren: 3.9 },
          'lzm-feedback-legend': [{ kleur: 'rood', betekenis: 'Lees de vraag opnieuw' }],
          'lzm-effect-plot': [{ name: 'Feedback', value: 0.62 }],
        };
        element.data = good[tag];
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[role="alert"]'), 'recovered').to.equal(null);
      } finally {
        element.remove();
      }
    });

    it(`<${tag}>: garbage attributes do not throw`, async () => {
      const problems = await problemsDuring(async () => {
        const element = document.createElement(tag) as Lzm;
        for (const name of ['value', 'min', 'max', 'hinge', 'n', 'ci-low', 'ci-high', 'min-group', 'systems-thinking', 'team-learning', 'show-levels', 'print-size', 'model', 'lang']) {
          element.setAttribute(name, name === 'min' ? '9' : name === 'max' ? '-9' : 'n.v.t.<b>');
        }
        document.body.append(element);
        await element.updateComplete;
        element.remove();
      });
      expect(problems).to.deep.equal([]);
    });
  }
});

describe('one broken element leaves the page working', () => {
  it('a 404 src, a binary src and garbage data beside working elements', async () => {
    let page!: HTMLElement;
    const problems = await problemsDuring(async () => {
      page = await fixture(html`<div>
        <lzm-barometer id="missing" src="/test/fixtures/bad/bestaat-niet.csv"></lzm-barometer>
        <lzm-barometer id="binary" src="/test/fixtures/bad/binair.csv"></lzm-barometer>
        <lzm-landscape id="garbage" .data=${{ islands: 5 }}></lzm-landscape>
        <lzm-barometer id="ok" value="0.62" label="Feedback"></lzm-barometer>
        <lzm-landscape id="land" src="/test/fixtures/landscape.json"></lzm-landscape>
        <lzm-senge-wheel id="wheel" systems-thinking="3.4" team-learning="3.9"></lzm-senge-wheel>
        <lzm-feedback-legend id="legend" src="/test/fixtures/legenda-win1252.csv"></lzm-feedback-legend>
      </div>`);
      const shadow = (id: string) => page.querySelector(`#${id}`)!.shadowRoot!;
      await waitUntil(() => ['missing', 'binary', 'garbage'].every((id) => shadow(id).querySelector('[role="alert"]')), 'errors shown', { timeout: 5000 });
      await waitUntil(() => shadow('land').querySelector('svg') && shadow('legend').querySelector('svg, li'), 'working elements loaded', { timeout: 5000 });
    });
    expect(problems).to.deep.equal([]);
    const shadow = (id: string) => page.querySelector(`#${id}`)!.shadowRoot!;
    expect(shadow('missing').querySelector('[role="alert"] code')!.textContent).to.equal('bestaat-niet.csv: kon niet worden geladen (HTTP 404)');
    expect(shadow('ok').querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('0.62');
    for (const id of ['ok', 'land', 'wheel', 'legend']) expect(shadow(id).querySelector('[role="alert"]'), id).to.equal(null);
    // The working ones still respond to changes.
    const ok = page.querySelector('#ok') as Lzm;
    ok.setAttribute('value', '0.3');
    await ok.updateComplete;
    expect(shadow('ok').querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('0.3');
  });
});

describe('no leaks when elements come and go', () => {
  it('200 × create, render, remove (and re-append the same element) leaves no document/window listeners or observers', async () => {
    const live = new Map<EventTarget, number>();
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const longLived = (target: EventTarget) => target === window || target === document || target === document.body || target === document.documentElement || target instanceof MediaQueryList;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      if (longLived(this)) live.set(this, (live.get(this) ?? 0) + 1);
      return add.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      if (longLived(this)) live.set(this, (live.get(this) ?? 0) - 1);
      return remove.apply(this, args);
    };
    const observing = new Set<object>();
    const wrap = (Kind: { prototype: { observe: (...a: never[]) => void; disconnect: () => void } }) => {
      const { observe, disconnect } = Kind.prototype;
      Kind.prototype.observe = function (this: object, ...args: never[]) {
        observing.add(this);
        return observe.apply(this, args);
      };
      Kind.prototype.disconnect = function (this: object) {
        observing.delete(this);
        return disconnect.apply(this);
      };
      return () => Object.assign(Kind.prototype, { observe, disconnect });
    };
    const unwrap = [wrap(MutationObserver), wrap(ResizeObserver), wrap(IntersectionObserver)];
    const data: Record<string, unknown> = {
      'lzm-barometer': { name: 'Feedback', value: 0.62 },
      'lzm-landscape': { islands: { onderzoeken: 0.5 }, bridges: [{ from: 'onderzoeken', to: 'creëren', strength: 0.4 }] },
      'lzm-senge-wheel': { Systeemdenken: 3.4, Teamleren: 3.9 },
      'lzm-feedback-legend': [{ kleur: 'rood', betekenis: 'Lees de vraag opnieuw' }],
    };
    try {
      const problems = await problemsDuring(async () => {
        const reused = TAGS.map((tag) => Object.assign(document.createElement(tag) as Lzm, { data: data[tag] }));
        for (let round = 0; round < 200; round++) {
          const fresh = TAGS.map((tag) => Object.assign(document.createElement(tag) as Lzm, { data: data[tag] }));
          // Every 10th round a src that is still loading when the element is removed.
          if (round % 10 === 0) fresh[0].setAttribute('src', '/test/fixtures/influences.json');
          document.body.append(...fresh, ...reused);
          await Promise.all([...fresh, ...reused].map((element) => element.updateComplete));
          for (const element of [...fresh, ...reused]) element.remove();
        }
      });
      expect(problems).to.deep.equal([]);
    } finally {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      unwrap.forEach((restore) => restore());
    }
    const leftover = [...live.values()].reduce((sum, count) => sum + Math.max(count, 0), 0);
    // A few one-time listeners (Lit, the test runner) may stay; 200 rounds × 8 elements must not.
    expect(leftover, 'listeners added to document/window and not removed').to.be.below(5);
    expect(observing.size, 'observers still observing').to.equal(0);
  });
});
