// Runs the Node tests (generator, CLI, package checks) with node's own test runner; tsx loads the
// TypeScript. Node 20's --test does not expand globs or pick up .ts files, so list them here.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// test/frameworks builds small React/Vue/Lit apps against the package (README snippets, typings).
const dirs = ['test/node', 'test/frameworks'];
const files = dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.test.ts')).sort().map((name) => `${dir}/${name}`));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
