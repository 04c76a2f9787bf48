// Shared page logic of the render bench: the same grid, values and timing for every library.
// The page sets window.__BENCH = { values, next, labels } and imports this with one adapter
// (mount/set/settled/drawn). Result goes to window.__RESULT for scripts/bench.mjs to read.
// One frame, produced: a requestAnimationFrame callback runs at the START of a frame, before Chromium's
// style, layout and paint of it; a task posted from that callback runs after them. So the clock stops
// once the frame with the new content has been laid out and painted on the main thread.
const frame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/**
 * The clock of both benches: `mount` (draw and settle), a frame, `update` (redraw and settle), a
 * frame. `describe` adds what was drawn. Times are since navigation start: the library fetched and
 * evaluated before `scriptReady`; `renderScript` and `updateScript` are the JS work before each frame.
 */
async function timed(mount, update, describe) {
  try {
    const scriptReady = performance.now();
    await mount();
    const renderScript = performance.now() - scriptReady;
    await frame();
    const rendered = performance.now();
    const updateStart = performance.now();
    await update();
    const updateScript = performance.now() - updateStart;
    await frame();
    const updated = performance.now();
    window.__RESULT = {
      scriptReady,
      loadAndRender: rendered,
      render: rendered - scriptReady,
      renderScript,
      update: updated - updateStart,
      updateScript,
      ...describe(),
    };
  } catch (error) {
    window.__RESULT = { error: String(error?.stack ?? error) };
  }
}

/**
 * One chart of many rows (the forest-plot bench, bench/effect-plot.mjs): the same clock as `run`,
 * with `window.__BENCH = { rows, next }` drawn once into one cell, then replaced by the next rows.
 * `drawn` is the number of rows drawn (the adapter's `count`).
 */
export function runChart(chart) {
  const { rows, next } = window.__BENCH;
  const grid = document.getElementById('grid');
  let cell;
  let handle;
  return timed(
    async () => {
      cell = document.createElement('div');
      cell.className = 'chart';
      grid.append(cell);
      handle = chart.mount(cell, rows);
      await chart.settled(handle);
    },
    async () => {
      chart.set(handle, next);
      await chart.settled(handle);
    },
    () => ({
      drawn: chart.drawn(handle) ? chart.count(handle) : 0,
      height: cell.getBoundingClientRect().height,
      nodes: (cell.firstElementChild?.shadowRoot ?? cell).querySelectorAll('*').length,
    }),
  );
}

/** Many dials (the render bench): `window.__BENCH = { values, next, labels }`, one cell each. */
export function run(dial) {
  const { values, next, labels } = window.__BENCH;
  const grid = document.getElementById('grid');
  let handles = [];
  return timed(
    async () => {
      handles = values.map((value, i) => {
        const cell = document.createElement('div');
        cell.className = 'cell';
        grid.append(cell);
        return dial.mount(cell, value, labels[i]);
      });
      await dial.settled(handles);
    },
    async () => {
      handles.forEach((handle, i) => dial.set(handle, next[i]));
      await dial.settled(handles);
    },
    () => ({
      drawn: handles.filter((h) => dial.drawn(h)).length,
      // Size of one dial: its box and its element count (shadow root for lzm-kit, the cell for the peers).
      height: grid.firstElementChild.getBoundingClientRect().height,
      nodes: (grid.firstElementChild.firstElementChild.shadowRoot ?? grid.firstElementChild).querySelectorAll('*').length,
    }),
  );
}
