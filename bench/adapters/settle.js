// Waiting helper and adapter factory of the element render bench (bench/adapters/landscape.js, senge-wheel.js,
// feedback-legend.js). Elements given `.data` import their data reader on first use, so the first
// `updateComplete` can resolve while they still show "loading"; and an `updated()` that sets state
// starts one more update (its updateComplete resolves false). This waits until every element's
// last update has completed AND each is drawn, yielding one task (no timer clamping) while a lazy
// chunk is still on its way.
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
 * The adapter of an element given `.data`, one per cell, with its text (`label`, `heading`) as an
 * attribute: drawn when `selector` is in its shadow root.
 */
export function dataAdapter(tag, textAttribute, selector) {
  const drawn = drawnWith(selector);
  return {
    mount(cell, data, text) {
      const el = document.createElement(tag);
      el.setAttribute(textAttribute, text);
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
