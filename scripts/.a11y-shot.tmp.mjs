import { chromium } from 'playwright';
import { pathToFileURL } from 'node:url';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const [width, scheme, forced, ...slides] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.emulateMedia({ forcedColors: forced, colorScheme: scheme });
for (const slide of slides) {
  await page.goto(pathToFileURL('/work/wt-a11y/demo-dist/index.html').href + '#' + slide);
  await page.waitForTimeout(800);
  const sw = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  console.log(slide, 'scrollWidth/innerWidth', sw);
  await page.screenshot({ path: `/tmp/a11y-${slide}-${width}-${forced}.png`, fullPage: true });
}
await browser.close();
