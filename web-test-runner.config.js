// Browser tests run in the system's Chromium (no browser download): set CHROME_PATH to use another.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { extname, join, normalize } from 'node:path';

const root = new URL('.', import.meta.url).pathname;

/**
 * Fixtures are served as raw bytes, as a web server would: the dev server otherwise decodes text
 * files as UTF-8 and would destroy the Windows-1252 fixtures before our decoder sees them.
 */
async function rawFixtures(ctx, next) {
  if (!ctx.path.startsWith('/test/fixtures/') && !ctx.path.startsWith('/examples/')) return next();
  const path = normalize(join(root, decodeURIComponent(ctx.path)));
  if (!path.startsWith(root)) return next();
  try {
    ctx.body = await readFile(path);
    ctx.type = { '.json': 'application/json', '.csv': 'text/csv', '.tsv': 'text/tab-separated-values' }[extname(path)] ?? 'application/octet-stream';
  } catch {
    ctx.status = 404;
  }
}

/**
 * Servers that misbehave, for test/browser/hostile-src.test.ts (issue 17): a CSV sent without
 * Content-Length that goes on for 400 MB, a request that is never answered (until the browser
 * gives up), and an HTML page answered with 200.
 */
async function hostileServers(ctx, next) {
  if (ctx.path === '/test/hostile/endless.csv') {
    const row = Buffer.from('L000001;5A;rekenen;10;12\r\n'.repeat(2048));
    let sent = 0;
    ctx.type = 'text/csv';
    ctx.body = new Readable({
      read() {
        sent += row.length;
        this.push(sent > 400 * 1024 * 1024 ? null : row);
      },
    });
    return;
  }
  if (ctx.path === '/test/hostile/never.csv') {
    await new Promise((resolve) => ctx.req.once('close', resolve));
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/test/hostile/page.csv') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html lang="nl"><head><title>Inloggen</title></head><body><form>…</form></body></html>';
    return;
  }
  return next();
}

/** papaparse ships UMD only; serve it to the browser as an ES module with a default export. */
const umdAsEsm = {
  name: 'umd-as-esm',
  transform(context) {
    if (/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) {
      return `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;`;
    }
    return undefined;
  },
};

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['components/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  middleware: [rawFixtures, hostileServers],
  rootDir: '.',
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [umdAsEsm, esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: [
          '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run',
        ],
      },
    }),
  ],
};
