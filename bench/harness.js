// Shared page logic of the render bench: the same grid, values and timing for every library.
// The page sets window.__BENCH = { values, next, labels } and imports this with one adapter
// (mount/set/settled/drawn). Result goes to window.__RESULT for scripts/bench.mjs to read.
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export async function run(dial) {
  const { values, next, labels } = window.__BENCH;
  const grid = document.getElementById('grid');
  try {
    const scriptReady = performance.now(); // since navigation start: library fetched and evaluated
    const handles = values.map((value, i) => {
      const cell = document.createElement('div');
      cell.className = 'cell';
      grid.append(cell);
      return dial.mount(cell, value, labels[i]);
    });
    await dial.settled(handles);
    await frame();
    const rendered = performance.now();

    const updateStart = performance.now();
    handles.forEach((handle, i) => dial.set(handle, next[i]));
    await dial.settled(handles);
    await frame();
    const updated = performance.now();

    const paint = performance.getEntriesByName('first-paint')[0]?.startTime ?? null;
    window.__RESULT = {
      scriptReady,
      firstPaint: paint,
      loadAndRender: rendered,
      render: rendered - scriptReady,
      update: updated - updateStart,
      drawn: handles.filter((h) => dial.drawn(h)).length,
    };
  } catch (error) {
    window.__RESULT = { error: String(error?.stack ?? error) };
  }
}
