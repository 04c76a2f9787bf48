import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { generate, type GenerateOptions } from '../../generator/generate.js';
import { publishedNumber } from '../../generator/publish.js';
import { filesText } from '../helpers/page-text.js';
import { findTag } from './tags.js';

const work = mkdtempSync(join(tmpdir(), 'lzm-generator-'));
/** Windows-1252 bytes for the characters we use (all in Latin-1's printable range). */
function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}
function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}
const defaults: Omit<GenerateOptions, 'inputs'> = { out: join(work, 'out.html'), lang: 'nl', theme: 'default', minGroup: 5, hinge: 0.4, runtime: '/* runtime */', now: new Date('2026-01-15T10:00:00Z') };
async function page(inputs: string[], options: Partial<GenerateOptions> = {}) {
  const result = await generate({ ...defaults, ...options, inputs });
  assert.deepEqual(result.errors.map((error) => error.format('en')), []);
  const [{ content: html }, ...reports] = await filesText(result);
  return { html, reports, result };
}
type Item = { name: string; value: number; n: number; ciLow: number; ciHigh: number };
const dataOf = (html: string) => JSON.parse(html.match(/<script type="application\/json" id="lzm-data">(.*?)<\/script>/s)![1]) as Record<string, Item | Item[]>;
/** Every barometer's data and every effect-plot row, one list. */
const itemsOf = (html: string) => Object.values(dataOf(html)).flatMap((value) => (Array.isArray(value) ? value : [value]));

function cli(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/lzm-dashboard.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Independent two-pass computation of Hattie's d, Hedges' g and the matched-groups 95% CI. */
function expected(pairs: Array<[number, number]>) {
  const n = pairs.length;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const pre = pairs.map(([a]) => a);
  const post = pairs.map(([, b]) => b);
  const mPre = mean(pre);
  const mPost = mean(post);
  const vPre = pre.reduce((s, x) => s + (x - mPre) ** 2, 0) / (n - 1);
  const vPost = post.reduce((s, x) => s + (x - mPost) ** 2, 0) / (n - 1);
  const cov = pairs.reduce((s, [a, b]) => s + (a - mPre) * (b - mPost), 0) / (n - 1);
  const r = cov / Math.sqrt(vPre * vPost);
  const d = (mPost - mPre) / Math.sqrt((vPre + vPost) / 2);
  const se = Math.sqrt((1 / n + (d * d) / (2 * n)) * 2 * (1 - r));
  return { n, d, g: d * (1 - 3 / (4 * (n - 1) - 1)), ciLow: d - 1.959964 * se, ciHigh: d + 1.959964 * se };
}

const pupilsNl = 'leerling;groep;vak;voormeting;nameting\r\n' + [
  ['Zoë Jansen', '5B', 'rekenen', '52', '60'], ['Noël Bakker', '5B', 'rekenen', '48', '55'],
  ['Chloë Smit', '5B', 'rekenen', '61', '66'], ['René Bos', '5B', 'rekenen', '55,5', '63'],
  ['Anaïs Vos', '5B', 'rekenen', '47', '50'], ['Sem de Boer', '5B', 'rekenen', '58', '57,5'],
  ['Daan Mulder', '5B', 'rekenen', '50', ''],
  ['Lotte Visser', '6A', 'rekenen', '40', '44'], ['Emma Dekker', '6A', 'rekenen', '42', '43'],
].map((row) => row.join(';')).join('\r\n') + '\r\n';

test('pupil export with Dutch headers, Windows-1252, decimal commas: numbers match an independent computation', async () => {
  const path = file('leerlingen.csv', latin1(pupilsNl));
  const { html, result } = await page([path]);
  const want = expected([[52, 60], [48, 55], [61, 66], [55.5, 63], [47, 50], [58, 57.5]]);
  // The rekenen plot's row of 5B (one row per group), as the element gets it.
  const got = (dataOf(html)['pupils-plot-0'] as Item[]).find((item) => item.name === '5B')!;
  assert.equal(got.n, 6);
  // Published with the two decimals the page shows (issue 17), no more.
  const two = publishedNumber;
  assert.equal(got.value, two(want.d), `d ${got.value} vs ${want.d}`);
  assert.deepEqual([got.ciLow, got.ciHigh], [two(want.ciLow), two(want.ciHigh)]);
  const row = html.match(/<tr[^>]*><th scope="row">5B<\/th><td>rekenen<\/td>(.*?)<\/tr>/)![1];
  const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
  const nl = (x: number) => x.toFixed(2).replace('.', ',').replace('-', '\u2212');
  assert.deepEqual(cells.slice(0, 2), ['6', '1'], 'n and one pupil missing a post-test');
  assert.equal(cells[4], nl(want.d));
  assert.equal(cells[5], nl(want.g));
  assert.equal(cells[6], `${nl(want.ciLow)} – ${nl(want.ciHigh)}`);
  assert.deepEqual(result.warnings, ['1 leerling zonder voor- of nameting in groep 5B (rekenen), weggelaten']);
  assert.ok(html.includes('1 leerling zonder voor- of nameting in groep 5B (rekenen), weggelaten'), 'the warning is in the notes');
});

test('pupil export with English headers, UTF-8 with BOM and commas, gives the same numbers', async () => {
  const fixed = pupilsNl.split('\r\n').map((line) => line.split(';').map((cell) => cell.replace(',', '.')).join(',')).join('\r\n')
    .replace('leerling,groep,vak,voormeting,nameting', 'pupil,group,subject,pre,post');
  const nl = dataOf((await page([file('nl.csv', latin1(pupilsNl))])).html);
  const path = file('pupils-en.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixed, 'utf8')]));
  const { html } = await page([path], { lang: 'en' });
  assert.deepEqual(dataOf(html), nl);
  assert.match(html, /<html lang="en"/);
  assert.ok(html.includes('Per group and subject'));
});

test('small groups are shown without numbers and left out of the histogram and the element data', async () => {
  const { html } = await page([file('small.csv', latin1(pupilsNl))]);
  assert.match(html, /<tr class="small"><th scope="row">6A<\/th><td>rekenen<\/td><td colspan="10">minder dan 5 leerlingen<\/td><\/tr>/);
  assert.match(html, /<tr><th scope="row">6A<\/th><td class="hidden">verborgen<span class="vh">: verborgen: minder dan 5 leerlingen<\/span><\/td><\/tr>/, 'the overview says the cell is hidden');
  assert.ok(!itemsOf(html).some((item) => item.name.startsWith('6A')));
  assert.ok(html.includes('1 groep-vakcombinaties verborgen'));
  const bins = [...html.matchAll(/<table class="bins">.*?<\/table>/gs)][0][0];
  const total = [...bins.matchAll(/<td>(\d+)<\/td>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  assert.equal(total, 6, 'only the six complete pairs of 5B');
});

test('no pupil name or id appears anywhere in the dashboard of the bundled example school', async () => {
  const text = new TextDecoder('windows-1252').decode(readFileSync('examples/leerlingen.csv'));
  const names = new Set(text.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(';')[0]));
  assert.ok(names.size > 200);
  const { html } = await page(['examples']);
  for (const name of names) {
    assert.ok(!html.includes(name), `${name} not in the page`);
    const id = name.match(/\((\d+)\)/)![1];
    assert.ok(!html.includes(`(${id})`) && !html.includes(`"${id}"`), `id ${id} not in the page`);
  }
  assert.ok(html.includes('Openbare basisschool De Vlinderboom (fictief)'), 'dashboard.json school');
  assert.ok(html.includes('Hoge verwachtingen voor álle leerlingen'), 'Windows-1252 á survives');
  assert.ok(html.indexOf('id="pupils"') < html.indexOf('id="influences"'), 'section order from dashboard.json');
});

test('every message placeholder is filled: no "{name}" left in the text and attributes of the example dashboards', async () => {
  for (const [inputs, lang] of [[['examples'], 'nl'], [['examples'], 'en'], [['examples/lvs'], 'nl'], [['examples/lvs'], 'en']] as const) {
    const { html } = await page([...inputs], { lang });
    const markup = html.replace(/<(script|style)\b[^>]*>.*?<\/\1>/gs, '');
    assert.deepEqual(markup.match(/\{[a-zA-Z]\w*\}/g) ?? [], [], `${inputs.join(' ')} --lang ${lang}`);
  }
});

test('influences: Dutch CSV (Windows-1252), English CSV and JSON, sorted by effect size', async () => {
  const nl = await page(['test/fixtures/invloeden-win1252.csv']);
  const names = [...nl.html.matchAll(/<th scope="row" data-sort="([^"]*)">/g)].map((m) => m[1]);
  assert.equal(names[0], 'Hoge verwachtingen voor alle leerlingen');
  assert.ok(names.includes('Zelfrapportage van cijfers (Zoë&#39;s klas)'), 'ë survives');
  assert.equal(names.at(-1), 'Televisie');
  assert.match(nl.html, /<td data-sort="-0.18">−0,18<\/td>/);
  const en = await page([file('influences-en.csv', 'influence,effect_size,n,ci_low,ci_high\nFeedback,0.62,27,0.41,0.83\n')], { lang: 'en' });
  assert.match(en.html, /<td data-sort="0.62">0.62<\/td><td>0.41 – 0.83<\/td><td data-sort="27">27<\/td><td>zone of desired effects<\/td>/);
  const json = await page(['test/fixtures/influences.json']);
  assert.deepEqual((dataOf(json.html)["influences-plot"] as Item[]).map((item) => item.name), ["Feedback", "Kleinere klassen"]);
});

test('an XSS payload in a group name and in --title is escaped in the HTML and in the JSON', async () => {
  const payload = '<img src=x onerror=alert(1)></script><!--';
  const csv = 'leerling;groep;vak;voormeting;nameting\n' + Array.from({ length: 6 }, (_, i) => `p${i};${payload};rekenen;${40 + i};${45 + i * 2}`).join('\n');
  const { html } = await page([file('xss.csv', csv)], { title: payload });
  assert.ok(!html.includes(payload));
  assert.equal(html.split('</script>').length - 1, 3, 'only the three real script ends');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;!--'));
});

test('--pupil-report writes one teacher-only file per group, the dashboard stays without names', async () => {
  const dir = join(work, 'reports');
  const { html, reports } = await page(['test/fixtures/leerlingen-win1252.csv'], { pupilReport: dir });
  assert.ok(reports.length >= 2);
  const report = reports.find((item) => item.content.includes('groep 6A'))!;
  assert.ok(report.content.includes('VERTROUWELIJK'));
  assert.ok(report.content.includes('Zoë van Dijk'), 'names with ë survive Windows-1252');
  assert.ok(!html.includes('Zoë'));
});

test('CLI: --help, --version and usage errors (exit 0 / 2)', () => {
  const help = cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--min-group <n>/);
  const version = cli(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
  for (const args of [[], ['examples', '--lang', 'fr'], ['examples', '--min-group', '0'], ['examples', '--hinge', 'abc'], ['examples', '--nope']]) {
    const run = cli(args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, /error:/);
  }
});

test('CLI: every error kind is reported as file:line:column with exit 1, all in one run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lzm-errors-'));
  const at = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return name;
  };
  const files = [
    at('a-numbers.csv', 'leerling;groep;vak;voormeting;nameting\nA;5B;rekenen;12;n.v.t.\nB;5B;rekenen;1x;3\nC;;rekenen;1;2\n'),
    at('b-unknown.csv', 'naam;kleur\nx;rood\n'),
    at('c-missing.csv', 'leerling;groep;voormeting;nameting\nA;5B;1;2\n'),
    at('d-quote.csv', 'invloed;effectgrootte\n"Feedback;0,7\n'),
    at('e-empty.csv', ''),
    at('f-header.csv', 'invloed;effectgrootte\n'),
    at('g-bad.json', '[{"name": "x", "value": 0.4},\n  {"name": oops}]'),
    at('g-short.json', '[{"name": "x", "value": 0.4},\n  {"name": "y", "value": 0.5'),
    at('h-influence.csv', 'invloed;effectgrootte\nFeedback;veel\n'),
  ];
  const out = join(dir, 'out.html');
  const run = cli([...files, 'missing.csv', '--out', out], dir);
  assert.equal(run.code, 1);
  const lines = run.stderr.trim().split('\n');
  const expectedLines = [
    'a-numbers.csv:2:5: "n.v.t." is geen getal',
    'a-numbers.csv:3:4: "1x" is geen getal',
    'a-numbers.csv:4:2: kolom "groep" is leeg',
    'b-unknown.csv:1:1: onbekend soort bestand: kolommen gezien: naam, kleur; geaccepteerd: leerling;groep;vak;voormeting;nameting (en: pupil,group,subject,pre,post)',
    'c-missing.csv:1:1: kolom "vak" ontbreekt (geaccepteerd: vak, subject, leergebied)',
    'd-quote.csv:2:1: aanhalingsteken niet afgesloten',
    'e-empty.csv:1:1: het bestand is leeg',
    'f-header.csv:2:1: het bestand bevat alleen een kopregel, geen gegevens',
    'g-bad.json:2:12: ongeldige JSON: onverwacht teken "o"',
    'g-short.json:2:29: ongeldige JSON: het bestand houdt te vroeg op',
    'h-influence.csv:2:2: "veel" is geen getal',
    'missing.csv:1:1: bestand of map niet gevonden',
  ];
  for (const line of expectedLines) assert.ok(lines.some((got) => got.startsWith(line)), `${line}\n in:\n${run.stderr}`);
  assert.ok(!existsSync(out), 'no output on error');
  const en = cli(['a-numbers.csv', '--lang', 'en', '--out', out], dir);
  assert.match(en.stderr, /^a-numbers\.csv:2:5: "n\.v\.t\." is not a number$/m);
});

test('CLI: an existing dashboard is left untouched when the input has errors; no temp files remain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lzm-atomic-'));
  const out = join(dir, 'dashboard.html');
  writeFileSync(out, 'previous dashboard');
  writeFileSync(join(dir, 'bad.csv'), 'invloed;effectgrootte\nFeedback;x\n');
  assert.equal(cli(['bad.csv', '--out', out], dir).code, 1);
  assert.equal(readFileSync(out, 'utf8'), 'previous dashboard');
  const ok = cli([join(process.cwd(), 'examples'), '--out', out], dir);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(readFileSync(out, 'utf8'), /^<!doctype html>/);
  assert.deepEqual(readdirSync(dir).sort(), ['bad.csv', 'dashboard.html']);
});

test('CLI: a bad dashboard.json section name is an error naming the known sections', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lzm-config-'));
  writeFileSync(join(dir, 'dashboard.json'), '{"sections": ["landschap"]}');
  writeFileSync(join(dir, 'invloeden.csv'), 'invloed;effectgrootte\nFeedback;0,7\n');
  const run = cli(['.', '--out', 'x.html'], dir);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /dashboard\.json:1:1: onbekende sectie "landschap" \(mogelijk: pupils, influences, landscape, senge, legend\)/);
});


test('blank rows as Excel writes them (";;;;") are skipped and later rows keep their real line numbers', async () => {
  const path = file('blank-rows.csv', 'leerling;groep;vak;voormeting;nameting\r\nA;5B;rekenen;1;2\r\n;;;;\r\n\r\nB;5B;rekenen;3;vier\r\n');
  const result = await generate({ ...defaults, inputs: [path] });
  assert.deepEqual(result.errors.map((error) => error.format('en')), [`${path}:5:5: "vier" is not a number`]);
});

test('--theme and --lang set the page attributes', async () => {
  const { html } = await page(['test/fixtures/influences.json'], { theme: 'dark', lang: 'en' });
  assert.ok(findTag(html, 'html', { lang: 'en', 'data-theme': 'dark' }));
});

test('CLI: more than 50 errors are capped and counted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lzm-cap-'));
  writeFileSync(join(dir, 'many.csv'), 'invloed;effectgrootte\n' + Array.from({ length: 60 }, (_, i) => `I${i};x`).join('\n'));
  const run = cli(['many.csv', '--out', 'x.html'], dir);
  assert.equal(run.code, 1);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 51);
  assert.equal(lines[49], 'many.csv:51:2: "x" is geen getal');
  assert.equal(lines[50], '… en nog 10 fouten');
});

test('a board-sized export keeps every row in the table; its notes are short labels explained once per table', async () => {
  const lines = ['leerling;groep;vak;voormeting;nameting'];
  for (let group = 0; group < 410; group++) for (let i = 0; i < 5; i++) lines.push(`p${group}-${i};G${group};rekenen;${40 + i};${42 + i * 2}`);
  const { html } = await page([file('board.csv', lines.join('\n'))]);
  assert.equal((html.match(/<tr><th scope="row">G\d+<\/th><td>rekenen<\/td>/g) ?? []).length, 410);
  assert.equal((html.match(/<lzm-barometer /g) ?? []).length, 1, 'one dial: the school-wide rekenen');
  assert.equal((dataOf(html)['pupils-plot-0'] as Item[]).length, 410, 'one plot row per group');
  // Notes on rows are short labels, explained once per table, not a sentence per row.
  assert.equal((html.match(/<li>kleine groep<\/li>/g) ?? []).length, 410);
  assert.ok(!html.includes('Kleine groep (n = 5)'));
  assert.equal(html.split('“kleine groep”: minder dan 10 leerlingen').length - 1, 1, 'the group table explains it once');
});

test('pupils are counted by a hash of their id: distinct ids give distinct keys', async () => {
  const { pupilKey } = await import('../../generator/sections/pupils.js');
  const keys = new Set(Array.from({ length: 200000 }, (_, i) => pupilKey(`Leerling ${i}`)));
  assert.equal(keys.size, 200000);
  assert.equal(pupilKey('Zoë'), pupilKey('Zoë'));
  assert.ok(Number.isSafeInteger(pupilKey('Zoë van Dijk (1001)')));
});

test('the CSP, written before the body, hashes every inline script and style block of the page, and only those kinds', async () => {
  const { html } = await page(['examples']);
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)![1];
  const directive = (name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `))!.split(' ').slice(1);
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  assert.deepEqual(directive('script-src').sort(), scripts.map(hash).sort());
  // The page script is generator/page/page-script.js as it is (type-checked and linted there); then the runtime.
  assert.deepEqual(scripts, [readFileSync('generator/page/page-script.js', 'utf8'), '/* runtime */']);
  const styles = [...new Set([...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]))];
  const allowed = directive('style-src');
  assert.deepEqual(styles.map(hash).filter((value) => !allowed.includes(value)), [], 'every style block is allowed');
  // The page's own block (themes, then generator/page/page.css as it is) and one per element kind the kit draws.
  assert.ok(styles[0].endsWith(`\n${readFileSync('generator/page/page.css', 'utf8')}`));
  assert.equal(allowed.length, 1 + ['lzm-barometer', 'lzm-effect-plot', 'lzm-landscape', 'lzm-senge-wheel', 'lzm-feedback-legend'].length);
  assert.equal(styles.length, allowed.length, 'the example school draws every kind, each with its one block');
  assert.equal(csp.split('; ')[0], "default-src 'none'");
});

test('the dashboard\'s forest plots say what their rows are: groups per subject, periods per group, in the page language', async () => {
  for (const [lang, group, groups, period, periods] of [['nl', 'Groep', 'groepen', 'Periode', 'periodes'], ['en', 'Group', 'groups', 'Period', 'periods']] as const) {
    const { html } = await page(['examples'], { lang });
    assert.ok(findTag(html, 'lzm-effect-plot', { id: /^pupils-plot-/, 'name-label': group, items: groups }), `${lang}: group plot`);
    assert.ok(findTag(html, 'lzm-effect-plot', { id: /^pupils-period-/, 'name-label': period, items: periods }), `${lang}: period plot`);
    // Drawn by the element on the server: the column heading and the count line use them.
    assert.match(html, new RegExp(`<text class="heading"[^>]*>${group}</text>`));
    assert.match(html, new RegExp(`>\\d+ ${groups}<`));
  }
});
