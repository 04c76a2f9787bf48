// The element render bench's adapters for elements given `.data` (bench/adapters/landscape.js,
// senge-wheel.js, feedback-legend.js), and their waiting helper. Elements given `.data` import
// their data reader on first use, so the first `updateComplete` can resolve while they still show
// "loading"; a chunk that follows the first paint (the landscape's table) brings one more update.
// This waits until every element's last update has completed AND each is drawn, yielding one task
// (no timer clamping) while a lazy chunk is still on its way.
const task = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

export async function settleAll(els, drawn, timeoutMs = 30_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const complete = await Promise.all(els.map((el) => el.updateComplete));
    if (complete.every(Boolean) && els.every(drawn)) return;
    if (performance.now() > deadline) {
      const error = els.map((el) => el.shadowRoot?.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim()).find(Boolean);
      throw new Error(`not drawn after ${timeoutMs} ms${error ? `: ${error}` : ''}`);
    }
    if (complete.every(Boolean)) await task();
  }
}

/** Drawn: rendered (not loading, not the error state) and `selector` present in the shadow root. */
export const drawnWith = (selector) => (el) =>
  !!el.shadowRoot && !el.shadowRoot.querySelector('[part="error"], .loading') && !!el.shadowRoot.querySelector(selector);

/**
 * The four functions of an adapter for an element drawn from `.data`: `mount` makes one element
 * per cell with the name in `attribute` (its label or heading), `set` gives it new data, `drawn`
 * looks for `selector`, `settled` waits until every element is drawn.
 */
export function dataElement(tag, attribute, selector) {
  const drawn = drawnWith(selector);
  return {
    mount(cell, data, name) {
      const el = document.createElement(tag);
      el.setAttribute(attribute, name);
      el.data = data;
      cell.append(el);
      return el;
    },
    set(el, data) {
      el.data = data;
    },
    drawn,
    settled: (els) => settleAll(els, drawn),
  };
}
