// Parse-only baseline for the generator bench: papaparse over the file, nothing else (no number
// conversion, statistics or HTML). Default: read the whole file into a string and parse it, the
// simplest use. `--stream`: parse a file stream row by row (`step`), keeping no rows, the way a
// generator with flat memory would read. Prints {rows, readMs, parseMs} as JSON.
import { createReadStream, readFileSync } from 'node:fs';
import Papa from 'papaparse';

const [file, mode] = process.argv.slice(2);
const options = { header: true, delimiter: ';', skipEmptyLines: true };
const t0 = performance.now();
if (mode === '--stream') {
  let rows = 0;
  await new Promise((resolve, reject) =>
    Papa.parse(createReadStream(file, 'utf8'), { ...options, step: () => rows++, complete: resolve, error: reject }),
  );
  console.log(JSON.stringify({ rows, readMs: 0, parseMs: performance.now() - t0 }));
} else {
  const text = readFileSync(file, 'utf8');
  const t1 = performance.now();
  const result = Papa.parse(text, options);
  const t2 = performance.now();
  if (result.errors.length) console.error(`papaparse: ${result.errors.length} errors, first: ${result.errors[0].message}`);
  console.log(JSON.stringify({ rows: result.data.length, readMs: t1 - t0, parseMs: t2 - t1 }));
}
