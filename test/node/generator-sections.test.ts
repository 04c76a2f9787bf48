// The landscape, Senge/OECD survey and feedback-legend sections of lzm-dashboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type GenerateOptions } from '../../generator/generate.js';
import { readCsv, readData } from '../../components/landscape/landscape.data.js';
import { entriesFromData, entriesFromLoaded } from '../../components/feedback-legend/feedback-legend.data.js';
import { wheelFromData } from '../../components/senge-wheel/senge-wheel.data.js';
import { suppressComplement } from '../../generator/sections/senge.js';
import { surveyScale } from '../../generator/sections/scale.js';
import { publishedNumber } from '../../generator/publish.js';
import { filesText } from '../helpers/page-text.js';
import { findTag } from './tags.js';

const work = mkdtempSync(join(tmpdir(), 'lzm-sections-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
/** Windows-1252 bytes, as Dutch Excel saves a CSV. */
const cp1252 = (text: string) => Buffer.from(text, 'latin1');
const defaults: Omit<GenerateOptions, 'inputs'> = { out: join(work, 'out.html'), lang: 'nl', theme: 'default', minGroup: 5, hinge: 0.4, runtime: '/* runtime */', now: new Date('2026-01-15T10:00:00Z') };
async function page(inputs: string[], options: Partial<GenerateOptions> = {}) {
  const result = await generate({ ...defaults, ...options, inputs });
  assert.deepEqual(result.errors.map((error) => error.format('en')), []);
  const [{ content: html }] = await filesText(result);
  return { html, result };
}
const dataOf = (html: string) => JSON.parse(html.match(/<script type="application\/json" id="lzm-data">(.*?)<\/script>/s)![1]) as Record<string, unknown>;
const section = (html: string, id: string) => html.match(new RegExp(`<section id="${id}".*?</section>`, 's'))![0];
/** Text of each body row of the tables in a piece of HTML, cells joined by " | ". */
const rows = (html: string) => [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].slice(0).map((m) => [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => c[1].replace(/<[^>]+>/g, '').trim()).join(' | '));
/** Each dot of the legend card as the element drew it: number | colour | shape | meaning | count. */
const legendItems = (html: string) => [...html.matchAll(/<li data-number="\d+">(.*?)<\/li>/gs)].map(([, item]) => [
  item.match(/<span class="number">(.*?)<\/span>/)![1],
  item.match(/<b class="name">(.*?)<\/b>/)![1],
  item.match(/<span class="visually-hidden">, ([^<]*?):<\/span>/)![1],
  item.match(/<span class="meaning"[^>]*>(.*?)<\/span/)![1],
  item.match(/<\/svg >(\d+)<\/span/)?.[1] ?? '—',
].join(' | '));
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [join(process.cwd(), 'bin/lzm-dashboard.js'), ...args], { cwd, encoding: 'utf8' });

// ---------------------------------------------------------------- landscape

const landscapeNl = [
  'onderdeel;van;naar;waarde;vorige',
  'onderzoeken;;;3,5;2,5',
  'praktiseren;;;4,5;4,5',
  'creëren;;;2;1,5',
  'pionieren;;;1;',
  'brug;onderzoeken;creëren;2,5;2',
  'brug;creëren;onderzoeken;1;1',
].join('\r\n') + '\r\n';

test('landscape: Dutch CSV (Windows-1252, decimal commas, 1..5) → element data from the element\'s reader and the same numbers in a table', async () => {
  const path = file('leerlandschap.csv', cp1252(landscapeNl));
  const { html, result } = await page([path]);
  assert.deepEqual(result.sources.map((source) => source.kind), ['landscape']);
  const data = dataOf(html)['landscape-0'] as Record<string, unknown>;
  assert.deepEqual(data, {
    islands: { researching: 3.5, practising: 4.5, creating: 2 },
    polders: { pioneering: 1 },
    bridges: [{ from: 'researching', to: 'creating', strength: 2.5 }, { from: 'creating', to: 'researching', strength: 1 }],
    scale: [1, 5],
    compare: {
      islands: { researching: 2.5, practising: 4.5, creating: 1.5 },
      polders: {},
      bridges: [{ from: 'researching', to: 'creating', strength: 2 }, { from: 'creating', to: 'researching', strength: 1 }],
    },
  });
  // What the element makes of that `.data` is what its reader makes of the file itself.
  const table = { headers: landscapeNl.split('\r\n')[0].split(';'), rows: landscapeNl.trim().split('\r\n').slice(1).map((line, i) => ({ line: i + 2, values: line.split(';') })), delimiter: ';' };
  assert.deepEqual(readData(data, undefined, undefined), readCsv(table, [1, 5]));
  const own = section(html, 'landscape');
  // The element drew itself into the file (declarative shadow DOM): its summary and its table.
  assert.ok(own.includes('<lzm-landscape id="landscape-0" lang="nl"><template shadowrootmode="open">'));
  assert.match(own, /<figcaption part="summary">Grootste eiland: praktiseren \(4,5\); kleinste: creëren \(2\)\..*Schaal 1–5; oppervlakte en brugdikte volgen de score\./);
  const body = rows(own);
  assert.deepEqual(body.slice(0, 5), [
    'Onderdeel | deze meting | vorige meting | Verschil',
    'onderzoeken | 3,5 | 2,5 | +1',
    'praktiseren | 4,5 | 4,5 | 0',
    'creëren | 2 | 1,5 | +0,5',
    'onderzoekend praktiseren | niet gemeten | niet gemeten | —',
  ]);
  assert.ok(body.includes('pionieren | 1 | niet gemeten | —'));
  assert.ok(body.includes('brug van creëren naar onderzoeken | 1 | 1 | 0'));
});

test('landscape: English headers (UTF-8, commas, 0..1) and the element\'s JSON with its own scale', async () => {
  const en = await page([file('landscape-en.csv', 'part,from,to,value\nresearching,,,0.8\nco-creation,,,0.25\nbridge,practising,creating,0\n')], { lang: 'en' });
  assert.deepEqual(dataOf(en.html)['landscape-0'], {
    islands: { researching: 0.8 }, polders: { coCreation: 0.25 }, bridges: [{ from: 'practising', to: 'creating', strength: 0 }], scale: [0, 1],
  });
  const own = section(en.html, 'landscape');
  assert.ok(own.includes('The team’s learning landscape'));
  assert.ok(rows(own).includes('bridge from practising to creating | 0'));
  assert.ok(rows(own).includes('co-creation | 0.25'));
  const json = await page([file('landschap.json', JSON.stringify({ scale: [1, 10], eilanden: { onderzoeken: 7 }, bruggen: [{ van: 'onderzoeken', naar: 'praktiseren', draagkracht: 9 }] }))]);
  assert.deepEqual(dataOf(json.html)['landscape-0'], {
    islands: { researching: 7 }, polders: {}, bridges: [{ from: 'researching', to: 'practising', strength: 9 }], scale: [1, 10],
  });
});

test('the survey scale is read from the numbers: 0–1 or 1–5, else the default (so a typo is reported, not absorbed)', () => {
  assert.deepEqual(surveyScale([0, 0.5, 1], [1, 5]), [0, 1]);
  assert.deepEqual(surveyScale([1, 3.5, 5], [0, 1]), [1, 5]);
  // 7,5 among 1–5 answers is a typo, not a 1–10 survey: the default scale stays, the reader reports it.
  assert.deepEqual(surveyScale([3.4, 7.5], [1, 5]), [1, 5]);
  assert.deepEqual(surveyScale([0.5, 1.7, 0.3], [0, 1]), [0, 1]);
  assert.deepEqual(surveyScale([35, 80], [0, 1]), [0, 1]);
  assert.deepEqual(surveyScale([], [0, 1]), [0, 1]);
});

// ---------------------------------------------------------------- Senge / OECD

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
const nl2 = (x: number) => x.toFixed(2).replace('.', ',');

/** Team A 7 respondents, team B 6, team C 3 (hidden; B is then hidden too, else C = school − A − B). */
const answers: Record<string, number[][]> = {
  A: [[3, 4], [3.5, 4.25], [2.75, 3.5], [4, 4], [3.25, 3.75], [3, 4.5], [3.25, 4]],
  B: [[2, 3], [2.5, 3.25], [3, 2.75], [2.25, 3], [2.75, 3.5], [2.5, 3]],
  C: [[4.75, 1.25], [4.5, 1.5], [5, 1]],
};
const sengeCsv = 'respondent;team;Systeemdenken;Teamleren\r\n' + Object.entries(answers)
  .flatMap(([team, list]) => list.map((pair, i) => `${team}${i};${team};${pair.map((x) => String(x).replace('.', ',')).join(';')}`))
  .join('\r\n') + '\r\n';

test('Senge raw answers per respondent (Windows-1252, ;, decimal comma): mean, SD and n match an independent computation', async () => {
  const { html, result } = await page([file('senge-antwoorden.csv', cp1252(sengeCsv))]);
  assert.deepEqual(result.sources.map((source) => [source.kind, source.rows]), [['senge', 16]]);
  const all = Object.values(answers).flat();
  const systems = all.map(([x]) => x);
  const data = dataOf(html);
  const school = data['senge-0'] as Array<{ discipline: string; score: number; n: number; sd: number }>;
  assert.deepEqual(school.map((record) => record.discipline), ['Systeemdenken', 'Teamleren']);
  // Published with the two decimals the page shows (issue 17).
  assert.equal(school[0].score, publishedNumber(mean(systems)));
  assert.equal(school[0].sd, publishedNumber(sd(systems)));
  assert.equal(school[0].n, 16);
  const teamA = data['senge-1'] as typeof school;
  assert.equal(teamA[1].score, publishedNumber(mean(answers.A.map(([, y]) => y))));
  const own = section(html, 'senge');
  // The wheel drew itself into the file, its own table included.
  assert.ok(own.includes('<lzm-senge-wheel id="senge-0" lang="nl" model="senge" min="1" max="5" min-group="5" label="De vijf disciplines van Senge: hele school"><template shadowrootmode="open">'));
  assert.ok(own.includes(`<tr><th scope="row">Systeemdenken</th><td>${nl2(mean(systems))}</td><td>16</td><td>SD ${nl2(sd(systems))}</td></tr>`));
});

test('Senge min-group: a team under --min-group shows no numbers anywhere, nor a team whose numbers would give it away', async () => {
  const { html } = await page([file('senge-klein.csv', cp1252(sengeCsv))]);
  const data = dataOf(html);
  // Wheels: whole school, A; B and C have no wheel and no data at all.
  assert.deepEqual(Object.keys(data), ['senge-0', 'senge-1']);
  assert.equal(html.match(/<lzm-senge-wheel /g)!.length, 2);
  for (const team of ['B', 'C']) {
    const block = html.match(new RegExp(`<h3>De vijf disciplines van Senge: team ${team}</h3>.*?</p></div>`, 's'))![0];
    // C has 3 answers; B has 6 but is hidden too, and says why, per discipline, in the wheel's words.
    const reason = team === 'C' ? 'verborgen, minder dan 5 antwoorden' : 'verborgen, anders is een kleiner team te herleiden';
    assert.equal(block.match(/<p class="hint hidden-scores">(.*?)<\/p>/)![1], `Systeemdenken: ${reason}; Teamleren: ${reason}`, team);
    assert.ok(!/\d/.test(block.replace(/<h3>.*?<\/h3>/, '').replace(/minder dan 5 antwoorden/g, '').replace(/Schaal 1–5/, '')), `${team}: no digit in its block`);
  }
  // Team C's means (4,75 and 1,25 on average) appear nowhere, in any notation.
  const c = [mean(answers.C.map(([x]) => x)), mean(answers.C.map(([, y]) => y))];
  for (const value of c) for (const text of [nl2(value), value.toFixed(2), String(value)]) assert.ok(!html.includes(text), `${text} not in the page`);
  // With --min-group 3 every team is shown.
  const open = dataOf((await page([file('senge-open.csv', cp1252(sengeCsv))], { minGroup: 3 })).html);
  assert.equal(Object.keys(open).length, 4);
});

test('complementary suppression hides the smallest shown team until the hidden ones are a group', () => {
  const teams = [
    { systems: { score: 3, n: 9 } }, { systems: { score: 3, n: 6 } }, { systems: { n: 2, hidden: 'small' as const } }, { systems: { score: 4, n: 7 } },
  ];
  suppressComplement(teams, 5);
  assert.deepEqual(teams.map((team) => Boolean(team.systems.hidden)), [false, true, true, false]);
  const enough = [{ team: { score: 3, n: 9 } }, { team: { n: 4, hidden: 'small' as const } }, { team: { n: 3, hidden: 'small' as const } }];
  suppressComplement(enough, 5);
  assert.equal(enough[0].team.hidden, undefined, 'hidden teams together are 7 ≥ 5: nothing more to hide');
});

test('Senge summary rows with English headers and two moments; a small discipline has no number in the page', async () => {
  const csv = 'discipline,score,n,sd,moment\n'
    + 'Systems thinking,3.1,12,0.7,2025\nTeam learning,2.9,12,0.6,2025\n'
    + 'Systems thinking,3.5,12,0.7,2026\nTeam learning,4.87,3,0.4,2026\n';
  const { html } = await page([file('senge-en.csv', csv)], { lang: 'en' });
  const own = section(html, 'senge');
  assert.ok(rows(own).includes('Systems thinking | 3.50 | 12 | SD 0.70 | 3.10 | +0.4'));
  assert.ok(rows(own).includes('Team learning | hidden, fewer than 5 answers | — | — | 2.90 | —'));
  assert.ok(!html.includes('4.87') && !html.includes('4,87'));
  const records = dataOf(html)['senge-0'] as Array<{ discipline: string; moment: string; score: number }>;
  assert.deepEqual(records.map((r) => [r.discipline, r.moment, r.score]), [
    ['Systems thinking', 'previous measurement', 3.1], ['Team learning', 'previous measurement', 2.9], ['Systems thinking', 'this measurement', 3.5],
    ['Team learning', 'this measurement', undefined],
  ]);
  // A hidden discipline goes to the element as its reason alone: no score, no n.
  assert.deepEqual(records[3], { discipline: 'Team learning', hidden: 'small', moment: 'this measurement' });
  // The element's reader reads those records back to the numbers (and the reason) the table shows.
  const back = wheelFromData(records, { model: 'senge', min: 1, max: 5, minGroup: 5 });
  assert.equal(back.current.systems!.score, 3.5);
  assert.equal(back.earlier!.team!.score, 2.9);
  assert.deepEqual(back.current.team, { hidden: 'small' });
});

test('Senge raw answers with English headers (CSV), and respondents as a JSON list, give the same wheel', async () => {
  const people = [[4, 3], [3.5, 2.5], [5, 4], [2, 3], [4.5, 3.5]];
  const csv = 'Respondent,Systems thinking,Team learning\n' + people.map(([a, b], i) => `r${i},${a},${b}`).join('\n') + '\n';
  const en = await page([file('survey-en.csv', csv)], { lang: 'en' });
  const json = await page([file('survey.json', JSON.stringify(people.map(([a, b]) => ({ 'Systems thinking': a, 'Team learning': b }))))], { lang: 'en' });
  assert.deepEqual(dataOf(json.html), dataOf(en.html));
  const [systems] = dataOf(en.html)['senge-0'] as Array<{ discipline: string; score: number; n: number; sd: number }>;
  assert.equal(systems.discipline, 'Systems thinking');
  assert.equal(systems.n, 5);
  assert.equal(systems.score, publishedNumber(mean(people.map(([a]) => a))));
  assert.equal(systems.sd, publishedNumber(sd(people.map(([a]) => a))));
  assert.ok(rows(section(en.html, 'senge')).includes(`Systems thinking | ${systems.score.toFixed(2)} | 5 | SD ${systems.sd.toFixed(2)}`));
  assert.ok(!/\br\d\b/.test(en.html), 'no respondent id');
});

test('"onderdeel;score;n" is a survey, "onderdeel;waarde" a landscape', async () => {
  const survey = await page([file('enquete-onderdeel.csv', 'onderdeel;score;n\nSysteemdenken;3,4;12\nTeamleren;3,9;12\n')]);
  assert.deepEqual(survey.result.sources.map((source) => source.kind), ['senge']);
  const landscape = await page([file('landschap-onderdeel.csv', 'onderdeel;waarde\nonderzoeken;0,7\n')]);
  assert.deepEqual(landscape.result.sources.map((source) => source.kind), ['landscape']);
});

test('OECD: a JSON object with the seven dimensions becomes an OECD wheel', async () => {
  const json = {
    'Gedeelde visie op het leren van alle leerlingen': { score: 3.6, n: 27, sd: 0.7 },
    'Continu leren voor alle medewerkers': 3.9,
    'Teamleren en samenwerking': 3.7,
    'Cultuur van onderzoek, innovatie en verkenning': 2.9,
    'Systemen om kennis te verzamelen en te delen': 2.6,
    'Leren met de externe omgeving': 3.1,
    'Leiderschap in leren voorleven en laten groeien': 3.8,
  };
  const { html, result } = await page([file('oecd.json', JSON.stringify(json))]);
  assert.deepEqual(result.sources.map((source) => source.kind), ['senge']);
  assert.ok(html.includes('<lzm-senge-wheel id="senge-0" lang="nl" model="oecd" min="1" max="5"'));
  assert.equal((dataOf(html)['senge-0'] as unknown[]).length, 7);
  assert.ok(rows(section(html, 'senge')).includes('Gedeelde visie op het leren van alle leerlingen | 3,60 | 27 | SD 0,70'));
});

// ---------------------------------------------------------------- feedback legend

test('feedback legend: Dutch CSV with counts (Windows-1252), English CSV and JSON', async () => {
  const csv = 'kleur;betekenis;symbool;aantal\r\nrood;Lees de vraag opnieuw, Zoë;rondje;4\r\nblauw;Uitleg nog niet helemaal;ster;9\r\n#2e7d32;Er ontbreekt één onderdeel;;0\r\n';
  const { html, result } = await page([file('legenda.csv', cp1252(csv))]);
  assert.deepEqual(result.sources.map((source) => source.kind), ['legend']);
  assert.deepEqual(dataOf(html)['legend-0'], [
    { number: 1, color: '#d32f2f', meaning: 'Lees de vraag opnieuw, Zoë', symbol: 'circle', count: 4 },
    { number: 2, color: '#1565c0', meaning: 'Uitleg nog niet helemaal', symbol: 'star', count: 9 },
    { number: 3, color: '#2e7d32', meaning: 'Er ontbreekt één onderdeel', symbol: 'square', count: 0 },
  ]);
  // The element reads its `.data` back to the entries the file gives.
  const legendTable = { headers: ['kleur', 'betekenis', 'symbool', 'aantal'], rows: csv.trim().split('\r\n').slice(1).map((line, i) => ({ line: i + 2, values: line.split(';') })), delimiter: ';' };
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
  assert.deepEqual(plain(entriesFromData(dataOf(html)['legend-0'])), plain(entriesFromLoaded({ kind: 'csv', file: 'legenda.csv', table: legendTable })));
  const own = section(html, 'legend');
  assert.ok(own.includes('13 stippen gegeven; het vaakst nummer 2 (blauw): 9 keer.'));
  assert.deepEqual(legendItems(own), [
    '1 | rood | rondje | Lees de vraag opnieuw, Zoë | 4',
    '2 | blauw | sterretje | Uitleg nog niet helemaal | 9',
    '3 | groen | vierkantje | Er ontbreekt één onderdeel | 0',
  ]);
  const en = await page([file('legend-en.csv', 'number,colour,meaning,symbol\n2,red,Check your units,x\n1,blue,Well argued,\n')], { lang: 'en' });
  assert.deepEqual(legendItems(section(en.html, 'legend')), [
    '1 | blue | circle | Well argued | —', '2 | red | cross | Check your units | —',
  ]);
  const json = await page([file('legenda.json', JSON.stringify([{ kleur: 'paars', betekenis: 'Goed zo' }, { nummer: 4, aantal: 2 }]))]);
  assert.deepEqual(legendItems(section(json.html, 'legend')), [
    '1 | paars | rondje | Goed zo | —',
    '4 | oranje | ruitje | Je antwoord klopt, maar er ontbreken een of meer onderdelen. | 2',
  ]);
  // A JSON array of legend rows is not mistaken for a list of influences.
  assert.equal(json.html.includes('id="influences"'), false);
});

// ---------------------------------------------------------------- errors

test('CLI: bad landscape, survey and legend files give file:line:column errors for every bad row, exit 1 and no output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lzm-section-errors-'));
  const at = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return name;
  };
  const files = [
    at('a-land.csv', 'onderdeel;waarde\r\nonderzoeken;3\r\nvliegen;2\r\n'),
    at('a-bridge.csv', 'onderdeel;van;naar;waarde\nbrug;onderzoeken;onderzoeken;3\n'),
    at('a-scale.csv', 'onderdeel;waarde\nonderzoeken;3\npraktiseren;120\ncreëren;-1\n'),
    at('a-rows.csv', 'onderdeel;waarde\nonderzoeken;3\nvliegen;2\npraktiseren;x\n'),
    at('b-senge.csv', 'Systeemdenken;Teamleren\n3;veel\n'),
    at('b-discipline.csv', 'discipline;score\nVliegen;3\n'),
    at('b-team.csv', 'team;Systeemdenken;Teamleren\nA;3;4\n;3;4\n'),
    at('c-colour.csv', 'kleur;betekenis\nrood;goed\nmauve-achtig;x\n'),
    at('c-rows.csv', 'kleur;betekenis;aantal\nrood;a;veel\nblauw;b;2\ngroen;;1\n'),
    at('b-rows.csv', 'Systeemdenken;Teamleren\n3;veel\n4;4\n2;n.v.t.\n'),
    at('c-number.csv', 'nummer;kleur;betekenis;aantal\n1;rood;a;2\n1;blauw;b;3\n'),
    at('d-unknown.csv', 'foo;bar\n1;2\n'),
  ];
  const out = join(dir, 'out.html');
  const run = cli([...files, '--out', out], dir);
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  for (const line of [
    'a-land.csv:3:1: onbekend onderdeel "vliegen" (verwacht: een eiland, een polder of "brug" met van en naar)',
    'a-bridge.csv:2:3: een brug van "onderzoeken" naar zichzelf bestaat niet',
    'a-scale.csv:2:2: 3,00 valt buiten de schaal 0,00–1,00',
    'a-scale.csv:3:2: 120,00 valt buiten de schaal 0,00–1,00',
    'a-scale.csv:4:2: −1,00 valt buiten de schaal 0,00–1,00',
    'a-rows.csv:3:1: onbekend onderdeel "vliegen" (verwacht: een eiland, een polder of "brug" met van en naar)',
    'a-rows.csv:4:2: "x" is geen getal',
    'b-rows.csv:2:2: "veel" is geen getal',
    'b-rows.csv:4:2: "n.v.t." is geen getal',
    'c-rows.csv:2:3: "veel" is geen getal',
    'c-rows.csv:4:2: de betekenis ontbreekt',
    'b-senge.csv:2:2: "veel" is geen getal',
    'b-discipline.csv:2:1: "Vliegen" is geen bekende discipline (verwacht: Systeemdenken, Persoonlijk meesterschap, Mentale modellen, Gedeelde visie, Teamleren)',
    'b-team.csv:3:1: kolom "team" is leeg',
    'c-colour.csv:3:1: onbekende kleur "mauve-achtig": gebruik een kleurnaam (rood, blauw, groen, …) of een CSS-kleur zoals #d32f2f',
    'c-number.csv:3:1: nummer 1 komt twee keer voor (eerder op regel 2)',
  ]) assert.ok(lines.includes(line), `${line}\n in:\n${run.stderr}`);
  const unknown = lines.find((line) => line.startsWith('d-unknown.csv:1:1: onbekend soort bestand: kolommen gezien: foo, bar; geaccepteerd: '))!;
  for (const accepted of ['leerling;groep;vak;voormeting;nameting', 'invloed;effectgrootte', 'onderdeel;van;naar;waarde[;vorige]', 'discipline;score[;n;sd;min;max;moment;team]', 'kleur;betekenis[;symbool;aantal;nummer]']) {
    assert.ok(unknown.includes(accepted), accepted);
  }
  assert.ok(!existsSync(out), 'no output file');
  const en = cli(['a-land.csv', 'b-senge.csv', 'c-colour.csv', '--lang', 'en', '--out', out], dir);
  assert.equal(en.status, 1);
  assert.deepEqual(en.stderr.trim().split('\n').sort(), [
    'a-land.csv:3:1: unknown part "vliegen" (expected: an island, a polder or "bridge" with from and to)',
    'b-senge.csv:2:2: "veel" is not a number',
    'c-colour.csv:3:1: unknown colour "mauve-achtig": use a colour name (red, blue, green, …) or a CSS colour such as #d32f2f',
  ]);
  assert.ok(!existsSync(out));
});

test('the example school: every section, in dashboard.json\'s order, with the example files\' kinds', async () => {
  const { html, result } = await page(['examples']);
  assert.deepEqual(result.sources.map((source) => [source.file.replace(/^.*[\\/]/, ''), source.kind]), [
    ['feedbacklegenda.csv', 'legend'], ['invloeden.csv', 'influences'], ['leerlandschap.csv', 'landscape'],
    ['leerlingen.csv', 'pupils'], ['oecd-school.json', 'senge'], ['senge-antwoorden.csv', 'senge'],
  ]);
  assert.deepEqual([...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]), ['overview', 'pupils', 'influences', 'senge', 'landscape', 'legend', 'notes', 'sources']);
  assert.ok(html.includes('<h3>De vijf disciplines van Senge: team IB en directie</h3>'));
  // No respondent id of the survey is in the page.
  assert.ok(!/\bR\d\d\b/.test(html));
});

test('a script payload in a team name, a legend meaning and a file name is escaped in the HTML and the JSON', async () => {
  const payload = '<img src=x onerror=alert(1)></script><!--';
  const survey = 'team;Systeemdenken;Teamleren\n' + Array.from({ length: 5 }, (_, i) => `${payload};${3 + (i % 2)};4`).join('\n') + '\n';
  const legend = `kleur;betekenis\nrood;${payload}\n`;
  const { html } = await page([file('enquête.csv', survey), file('legenda-xss.csv', legend)]);
  assert.ok(!html.includes(payload));
  assert.equal(html.split('</script>').length - 1, 3, 'only the three real script ends');
  assert.ok(html.includes('team &lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;!--'));
  assert.match(html, /<span class="meaning"[^>]*>&lt;img src=x onerror=alert\(1\)&gt;&lt;\/script&gt;&lt;!--<\/span/, 'escaped in the legend the element drew');
  assert.equal((dataOf(html)['legend-0'] as Array<{ meaning: string }>)[0].meaning, payload, 'JSON.parse gives the text back unchanged');
});

test('the legend in the page: its heading one level under the section, the school\'s Dutch meanings marked lang="nl" on an English page', async () => {
  const csv = 'kleur;betekenis\r\nrood;Lees de vraag opnieuw\r\n';
  const { html } = await page([file('legenda.csv', cp1252(csv))], { lang: 'en' });
  const own = section(html, 'legend');
  assert.ok(findTag(own, 'lzm-feedback-legend', { id: 'legend-0', lang: 'en', 'heading-level': '3', 'text-lang': 'nl' }));
  assert.match(own, /<h3 class="title" id="title" part="title"/);
  assert.ok(findTag(own, 'span', { class: 'meaning', lang: 'nl' }));
  assert.match(own, /<span class="meaning"[^>]*>Lees de vraag opnieuw<\/span/);
  const nl = await page([file('legenda.csv', cp1252(csv))]);
  assert.doesNotMatch(section(nl.html, 'legend'), /text-lang=/, 'a Dutch page reads Dutch meanings in its own language');
});

test('Senge on an English page: the school\'s Dutch team names are marked lang="nl" in the heading and inside the wheel, the page\'s own words are not', async () => {
  const rows = ['Onderbouw', 'Bovenbouw'].flatMap((team) => [3, 4, 3.5, 4.5, 2.5].map((x, i) => `${team}${i};${team};${String(x).replace('.', ',')};4`));
  const csv = `respondent;team;Systeemdenken;Teamleren\r\n${rows.join('\r\n')}\r\n`;
  const { html } = await page([file('teams.csv', cp1252(csv))], { lang: 'en' });
  const own = section(html, 'senge');
  assert.ok(own.includes('<h3>Senge’s five disciplines: team <span lang="nl">Bovenbouw</span></h3>'));
  assert.ok(own.includes('<h3>Senge’s five disciplines: whole school</h3>'), 'the page\'s own words get no mark');
  const wheel = own.match(/<lzm-senge-wheel id="senge-2"[^>]*>[^]*?<\/lzm-senge-wheel>/)![0];
  assert.match(wheel, /^<lzm-senge-wheel id="senge-2" lang="en" [^>]*label="Senge’s five disciplines" team="Bovenbouw" text-lang="nl">/);
  // Drawn on the server: the wheel's caption and its table's caption mark the name, nothing else.
  const marked = [...wheel.matchAll(/<(\w+) lang="(\w+)"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)].map((m) => [m[1], m[2], m[3]]);
  assert.deepEqual(marked, [['span', 'nl', 'Bovenbouw'], ['span', 'nl', 'Bovenbouw']]);
  assert.match(wheel, /<strong class="title" id="title">(?:<!--[^>]*-->)*Senge’s five disciplines(?:<!--[^>]*-->)*: (?:<!--[^>]*-->)*team(?:<!--[^>]*-->)* <span lang="nl">/);
  const nl = await page([file('teams.csv', cp1252(csv))]);
  const dutch = section(nl.html, 'senge');
  assert.ok(dutch.includes('<h3>De vijf disciplines van Senge: team Bovenbouw</h3>'));
  assert.doesNotMatch(dutch, /lang="(nl|en)"(?! model)/, 'a Dutch page reads the Dutch names in its own language');
});
