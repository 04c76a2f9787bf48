import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';

/**
 * Issue 17: the elements under the dashboard's strict CSP, and `.data` that is wrong or huge.
 * The page gets `style-src 'self'` (no 'unsafe-inline'), as the generated dashboard has: a style
 * attribute written by an element is then blocked and reported as a securitypolicyviolation.
 */

const violations: string[] = [];
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "style-src 'self'";
document.head.append(meta);
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI} ${(event.target as Element)?.localName ?? ''}`), true);

type Host = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

function mount(tag: string, data?: unknown, attributes: Record<string, string> = {}): { element: Host; events: string[] } {
  const element = document.createElement(tag) as Host;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const events: string[] = [];
  element.addEventListener('lzm-error', (event) => events.push((event as CustomEvent<{ message: string }>).detail.message));
  if (data !== undefined) element.data = data;
  document.body.append(element);
  return { element, events };
}

const shadow = (element: Element) => element.shadowRoot!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Focuses a part and returns its tooltip once shown, with the CSP violations meanwhile. */
async function tooltipOf(element: Host, selector: string) {
  await element.updateComplete;
  await waitUntil(() => shadow(element).querySelector(selector), 'drawn', { timeout: 5000 });
  const before = violations.length;
  (shadow(element).querySelector(selector) as SVGGElement).focus();
  await waitUntil(() => shadow(element).querySelector('[role="tooltip"]'), 'tooltip shown', { timeout: 5000 });
  await settle();
  return { tip: shadow(element).querySelector<HTMLElement>('[role="tooltip"]')!, violations: violations.slice(before) };
}

describe('elements under a strict CSP and with hostile .data (issue 17)', () => {
  it('the landscape tooltip is placed through CSSOM: no CSP violation, and not at left 0', async () => {
    const { element } = mount('lzm-landscape', { islands: { onderzoeken: 0.8, praktiseren: 0.4, creëren: 0.6 } });
    try {
      const { tip, violations: seen } = await tooltipOf(element, '[data-part="practising"]');
      expect(seen).to.deep.equal([]);
      expect(tip.style.left).to.match(/^\d+(\.\d+)?%$/);
      expect(tip.style.left).to.not.equal('0%');
      expect(tip.getBoundingClientRect().left - element.getBoundingClientRect().left).to.be.above(10);
    } finally {
      element.remove();
    }
  });

  it('the Senge wheel tooltip too', async () => {
    const { element } = mount('lzm-senge-wheel', undefined, { lang: 'en', 'systems-thinking': '3', 'shared-vision': '4' });
    try {
      const { tip, violations: seen } = await tooltipOf(element, '[data-key="vision"]');
      expect(seen).to.deep.equal([]);
      expect(tip.style.left).to.match(/^\d+(\.\d+)?%$/);
      expect(tip.style.top).to.match(/^-?\d+(\.\d+)?%$/);
    } finally {
      element.remove();
    }
  });

  for (const [name, data, message] of [
    ['a typo key', { islnds: { onderzoeken: 0.5 } }, 'unknown key "islnds" (expected: islands, polders, bridges, scale, compare)'],
    ['{}', {}, 'unexpected JSON: expected { "islands": {…}, "polders": {…}, "bridges": [{ "from", "to", "strength" }] }'],
    ['a Date', new Date(0), 'unexpected JSON: expected { "islands": {…}, "polders": {…}, "bridges": [{ "from", "to", "strength" }] }'],
  ] as const) {
    it(`<lzm-landscape>.data with ${name} is an error with lzm-error, not an empty map`, async () => {
      const { element, events } = mount('lzm-landscape', data, { lang: 'en' });
      try {
        await waitUntil(() => shadow(element)?.querySelector('[role="alert"]'), 'error state', { timeout: 5000 });
        expect(shadow(element).querySelector('[role="alert"] code')!.textContent!.trim()).to.equal(message);
        expect(events).to.deep.equal([message]);
        expect(shadow(element).querySelector('[data-part]')).to.equal(null);
      } finally {
        element.remove();
      }
    });
  }

  it('a legend with 200,000 entries is refused at once with lzm-error, the page stays responsive', async () => {
    // "At once" as behaviour, not as a time: no entry of the list is read before it is refused.
    let read = 0;
    const entry = (i: number) => ({
      get kleur() { read++; return 'rood'; },
      betekenis: `betekenis ${i}`,
      nummer: i + 1,
    });
    const entries = Array.from({ length: 200_000 }, (_, i) => entry(i));
    const { element, events } = mount('lzm-feedback-legend', entries, { lang: 'nl' });
    try {
      await waitUntil(() => shadow(element)?.querySelector('[role="alert"]'), 'error state', { timeout: 10000 });
      expect(events).to.deep.equal(['101: 200000 betekenissen: een legenda heeft er hooguit 100']);
      expect(read, 'entries read before refusing').to.equal(0);
    } finally {
      element.remove();
    }
  });

  it('a wheel with 100,000 respondents as .data is drawn in linear time', async function () {
    this.timeout(20000);
    const people = Array.from({ length: 100_000 }, (_, i) => ({ Systeemdenken: 1 + (i % 5), Teamleren: 1 + ((i * 3) % 5) }));
    const started = performance.now();
    const { element, events } = mount('lzm-senge-wheel', people, { lang: 'nl' });
    try {
      await waitUntil(() => shadow(element)?.querySelector('[data-key="systems"]'), 'drawn', { timeout: 15000 });
      expect(events).to.deep.equal([]);
      expect(shadow(element).textContent).to.include('n = 100000');
      expect(performance.now() - started).to.be.below(10000);
    } finally {
      element.remove();
    }
  });
});
