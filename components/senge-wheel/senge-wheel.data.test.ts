import { expect } from '@open-wc/testing';
import { aggregate, disciplineOf, wheelFromData, wheelFromTable } from './senge-wheel.data.js';
import { LzmDataError } from '../core/errors.js';
import { parseCsv } from '../core/csv.js';

const options = { model: 'senge' as const, min: 1, max: 5, minGroup: 5 };

function caught(run: () => unknown): LzmDataError {
  try {
    run();
  } catch (error) {
    return error as LzmDataError;
  }
  throw new Error('expected an error');
}

describe('senge wheel data', () => {
  it('aggregates raw answers to mean, sample SD and n', () => {
    // Known values from python3: statistics.mean([3,4,2,3,4,3,5,3]) = 3.375,
    // statistics.stdev(...) = 0.916125 (n − 1 denominator).
    const result = aggregate([3, 4, 2, 3, 4, 3, 5, 3]);
    expect(result.score).to.equal(3.375);
    expect(result.sd).to.be.closeTo(0.916125, 1e-6);
    expect(result.n).to.equal(8);
    expect(result.min).to.equal(undefined);
    // python3: statistics.stdev([2,3,3,2,4,3,2]) = 0.755929, mean 2.714286.
    const models = aggregate([2, 3, 3, 2, 4, 3, 2]);
    expect(models.score).to.be.closeTo(2.714286, 1e-6);
    expect(models.sd).to.be.closeTo(0.755929, 1e-6);
    expect(aggregate([4]).sd).to.equal(undefined);
    expect(aggregate([])).to.deep.equal({ n: 0 });
  });

  it('recognises discipline names in Dutch and English, any case or accents', () => {
    expect(disciplineOf('Systeemdenken', 'senge')).to.equal('systems');
    expect(disciplineOf('SYSTEMS THINKING', 'senge')).to.equal('systems');
    expect(disciplineOf('persoonlijk_meesterschap', 'senge')).to.equal('mastery');
    expect(disciplineOf('Personal mastery', 'senge')).to.equal('mastery');
    expect(disciplineOf('Mentale modellen', 'senge')).to.equal('models');
    expect(disciplineOf('shared-vision', 'senge')).to.equal('vision');
    expect(disciplineOf('Téamleren', 'senge')).to.equal('team');
    expect(disciplineOf('Leiderschap', 'senge')).to.equal(undefined);
    expect(disciplineOf('Leiderschap', 'oecd')).to.equal('oLeader');
    expect(disciplineOf('Culture of enquiry, innovation and exploration', 'oecd')).to.equal('oEnquiry');
  });

  it('reads summary rows and raw answers from a CSV table', async () => {
    const summary = await parseCsv('discipline;score;n;sd\r\nSysteemdenken;3,4;20;0,7\r\nTeamleren;3,9;4;0,5\r\n');
    const reading = wheelFromTable(summary, options, 'x.csv');
    expect(reading.current.systems).to.deep.equal({ score: 3.4, n: 20, sd: 0.7, min: undefined, max: undefined });
    expect(reading.current.team).to.deep.equal({ n: 4, hidden: 'small' });
    expect(reading.earlier).to.equal(undefined);
    const answers = await parseCsv('id;Systeemdenken;Teamleren\n1;3;4\n2;4;\n3;2;5\n4;3;4\n5;4;4\n');
    const raw = wheelFromTable(answers, options).current;
    expect(raw.systems!.score).to.be.closeTo(3.2, 1e-12);
    expect(raw.systems!.n).to.equal(5);
    expect(raw.team).to.deep.equal({ n: 4, hidden: 'small' });
  });

  it('takes the last moment as current and the one before as earlier', async () => {
    const table = await parseCsv('meting;discipline;score\nmei;Teamleren;3\nmei;Systeemdenken;2\njuni;Teamleren;3,5\n');
    const reading = wheelFromTable(table, options);
    expect(reading.current).to.deep.equal({ team: { score: 3.5, n: undefined, sd: undefined, min: undefined, max: undefined } });
    expect(reading.earlier!.systems!.score).to.equal(2);
  });

  it('accepts .data as an object of scores, a list of rows, or a list of respondents', () => {
    const object = wheelFromData({ Systeemdenken: 3.4, teamleren: { score: '3,9', n: 12, sd: 0.6 } }, options).current;
    expect(object.systems!.score).to.equal(3.4);
    expect(object.team).to.deep.include({ score: 3.9, n: 12, sd: 0.6 });
    const rows = wheelFromData([{ discipline: 'Gedeelde visie', score: 4 }], options).current;
    expect(rows.vision!.score).to.equal(4);
    const respondents = wheelFromData(
      [{ 'Mentale modellen': 2 }, { 'Mentale modellen': 3 }, { 'Mentale modellen': 3 }, { 'Mentale modellen': 4 }, { 'Mentale modellen': 3 }],
      options,
    ).current;
    expect(respondents.models!.score).to.equal(3);
    expect(respondents.models!.sd).to.be.closeTo(Math.sqrt(0.5), 1e-12);
  });

  it('errors name the place and what was expected', async () => {
    const table = await parseCsv('discipline;score\nSysteemdenken;3\nLeiderschap;4\n');
    const unknown = caught(() => wheelFromTable(table, options, 'team.csv'));
    expect(unknown.format('en')).to.equal(
      'team.csv:3:1: "Leiderschap" is not a known discipline (expected: Systeemdenken, Persoonlijk meesterschap, Mentale modellen, Gedeelde visie, Teamleren)',
    );
    const range = caught(() => wheelFromTable({ headers: ['Teamleren'], rows: [{ line: 2, values: ['7'] }], delimiter: ';' }, options, 'a.csv'));
    expect(range.format('nl')).to.equal('a.csv:2:1: Teamleren: 7,00 ligt buiten de schaal 1,00–5,00');
    const twice = caught(() => wheelFromData([{ discipline: 'Teamleren', score: 3 }, { discipline: 'team learning', score: 4 }], options, 'd.json'));
    expect(twice.format('nl')).to.equal('d.json:2: "team learning" komt twee keer voor in dezelfde meting');
  });

  it('reads a hidden column: the reason, and no numbers even if the row has them', async () => {
    const table = await parseCsv('discipline;score;n;verborgen\nSysteemdenken;3,4;20;\nTeamleren;4,9;6;complement\nGedeelde visie;;;small\n');
    const { current } = wheelFromTable(table, options, 'team.csv');
    expect(current.systems).to.deep.equal({ score: 3.4, n: 20, sd: undefined, min: undefined, max: undefined });
    expect(current.team).to.deep.equal({ hidden: 'complement' });
    expect(current.vision).to.deep.equal({ hidden: 'small' });
    const bad = caught(() => wheelFromTable({ headers: ['discipline', 'hidden'], rows: [{ line: 2, values: ['Teamleren', 'yes'] }], delimiter: ';' }, options, 'a.csv'));
    expect(bad.format('nl')).to.equal('a.csv:2:2: "yes" is geen reden om te verbergen (verwacht: small of complement)');
  });
});
