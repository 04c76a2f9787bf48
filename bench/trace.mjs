// Where the render time goes, for scripts/bench.mjs: one bench page run under a Chromium trace
// (main-thread time by kind) and one under the CPU profiler (self time by function). The page is
// one of .bench/pages/*.html (the harness sets window.__RESULT when done).

/** Trace event names by what they are (Chromium's devtools.timeline names). */
const KINDS = {
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers'],
  gc: ['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase'],
};

/** Main-thread time of one run (ms): busy, and of it style, layout, paint, GC and the rest ("script"). */
export async function traceRun(browser, page, url) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'] });
  await page.goto(url);
  await page.waitForFunction(() => window.__RESULT, null, { timeout: 60_000 });
  const result = await page.evaluate(() => window.__RESULT);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  await page.context().close();
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const total = (names) => events.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + e.dur / 1000, 0);
  const times = Object.fromEntries(Object.entries(KINDS).map(([kind, names]) => [kind, total(names)]));
  // Busy time: the top-level events (not nested in another), whatever their names.
  events.sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let end = 0;
  for (const e of events) {
    if (e.ts < end) continue;
    busy += e.dur / 1000;
    end = e.ts + e.dur;
  }
  return { result, ...times, busy, script: Math.max(0, busy - times.style - times.layout - times.paint - times.gc) };
}

/** The functions with the most self time in one run (ms), from CDP's sampling profiler. */
export async function profileRun(page, url, top = 8) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => window.__RESULT, null, { timeout: 60_000 });
  const { profile } = await cdp.send('Profiler.stop');
  await page.context().close();
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byName = new Map();
  for (const node of profile.nodes) {
    const { functionName, url: file } = node.callFrame;
    if (['(program)', '(idle)', '(root)'].includes(functionName)) continue;
    // Minified names say little: name the file too (cdn/barometer.js, the peer bundle, or a native DOM call).
    const name = `\`${functionName || '(anonymous)'}\`${file ? ` (${file.split('/').pop()})` : ''}`;
    byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0));
  }
  return [...byName].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms).slice(0, top);
}
