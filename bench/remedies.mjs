// What would close each kind of missed target: written into BENCHMARKS.md next to the gap.
const REMEDIES = {
  size: 'Lit itself is about 6–7 kB of it; look at the element\'s own share (`cdn/<entry>.js` minus the Lit runtime): move data-only code (parsing, statistics, messages for the error states) behind the lazy `import()`, shorten the CSS, and drop strings that only the data path uses.',
  loadAndRender: 'Most of this is fixed page cost (navigation, fetching and evaluating the script) that every library pays, so the ratio is bounded below by it: see the render column for the element\'s own work.',
  render: 'Per-element cost is Lit\'s first render: one template clone and the bindings of the dial, ticks, legend and hidden table. Rendering the legend and data table lazily (only when shown) and sharing precomputed tick geometry between instances with the same scale would cut it.',
  update: 'An update re-evaluates the whole template; splitting the needle and value text into their own small template (the only parts that change) would shrink the work per value.',
  'gen-time': 'The generator does more than parse (decode, validate, statistics, HTML); stream the rows into the Welford accumulators instead of keeping them all, and parse numbers without regular expressions.',
  'gen-memory': 'Keep no per-row objects: stream the file through papaparse (`step`/`chunk`) into per-group accumulators, so memory stays flat in the number of rows.',
};

export function remedy(target) {
  return REMEDIES[target.kind] ?? '';
}
