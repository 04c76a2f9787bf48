// Parse-only baseline for the generator bench: read the file and run papaparse over it, nothing
// else (no number conversion, statistics or HTML). Prints {rows, readMs, parseMs} as JSON.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const file = process.argv[2];
const t0 = performance.now();
const text = readFileSync(file, 'utf8');
const t1 = performance.now();
const result = Papa.parse(text, { header: true, delimiter: ';', skipEmptyLines: true });
const t2 = performance.now();
if (result.errors.length) console.error(`papaparse: ${result.errors.length} errors, first: ${result.errors[0].message}`);
console.log(JSON.stringify({ rows: result.data.length, readMs: t1 - t0, parseMs: t2 - t1 }));
