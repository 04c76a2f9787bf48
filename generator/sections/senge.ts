import type { CsvRow, CsvTable } from '../../components/core/csv.js';
import { LzmDataError, toDataError } from '../../components/core/errors.js';
import { columnsOf, fieldOf, hasColumns, type Field } from '../../components/core/headers.js';
import { formatNumber } from '../../components/core/locale.js';
import { parseNumber } from '../../components/core/numbers.js';
import {
  disciplineOf, toData, wheelFromData, wheelFromTable, type Model, type Scores, type WheelOptions, type WheelReading,
} from '../../components/senge-wheel/senge-wheel.data.js';
import { missingText, t as wheelText } from '../../components/senge-wheel/senge-wheel.messages.js';
import { OECD, SENGE, type Discipline } from '../../components/senge-wheel/senge-wheel.model.js';
import { escapeHtml } from '../escape.js';
import { drawElement } from '../html.js';
import { introParagraph, schoolLang } from './school-texts.js';
import { t } from '../messages.js';
import { collectTable, rowErrors, type TableInput } from './rows.js';
import { surveyScale } from './scale.js';
import type { Problems, RenderedSection, Section, Settings } from './section.js';
import { isRecord } from '../../components/core/records.js';


/** One wheel on the page: a file, or one team of a file, or the whole school across its teams. */
interface Wheel {
  file: string;
  /** Team name; undefined for a file without teams; '' for the whole school. */
  team?: string;
  model: Model;
  scale: [number, number];
  reading: WheelReading;
}

/** The model whose names a file uses most (the OECD's shares two names with Senge's). */
const modelOf = (names: readonly string[]): Model => {
  const count = (model: Model) => names.filter((name) => disciplineOf(name, model)).length;
  return count('oecd') > count('senge') ? 'oecd' : 'senge';
};

const isSurveyName = (name: string) => Boolean(disciplineOf(name, 'senge') || disciplineOf(name, 'oecd'));

/** The column of a field; two columns for it (`team;groep`) are refused by columnsOf. */
function columnOf(headers: readonly string[], field: Field): number | undefined {
  return columnsOf(headers, [field])[field];
}

/** Every number the file gives on the answer scale, to find which scale that is. */
function scaleNumbers(table: CsvTable, model: Model): number[] {
  const summary = hasColumns(table.headers, ['discipline', 'score']);
  const columns = summary
    ? (['score', 'min', 'max'] as const).map((field) => columnOf(table.headers, field)).filter((index) => index !== undefined)
    : table.headers.flatMap((header, index) => (disciplineOf(header, model) ? [index] : []));
  const numbers: number[] = [];
  for (const { values } of table.rows) {
    for (const index of columns) {
      try {
        const value = parseNumber(values[index] ?? '');
        if (value !== undefined) numbers.push(value);
      } catch {
        // the reader reports it, with its place
      }
    }
  }
  return numbers;
}

const readingNumbers = ({ current, earlier }: WheelReading) =>
  [current, earlier ?? {}].flatMap((scores) => Object.values(scores).flatMap((entry) => [entry?.score, entry?.min, entry?.max])).filter((value): value is number => value !== undefined);

/**
 * Hides a team's discipline when the hidden teams together are still a small group: otherwise the
 * whole school's mean minus the shown teams' would give the small team's mean (complementary
 * suppression). The smallest shown teams are hidden first.
 */
export function suppressComplement(teams: Scores[], minGroup: number): void {
  const keys = new Set(teams.flatMap((scores) => Object.keys(scores) as Discipline[]));
  for (const key of keys) {
    const hidden = () => teams.reduce((sum, scores) => sum + (scores[key]?.hidden ? scores[key]!.n ?? 0 : 0), 0);
    const shown = teams.filter((scores) => scores[key] && !scores[key]!.hidden && scores[key]!.n !== undefined).sort((a, b) => a[key]!.n! - b[key]!.n!);
    while (hidden() > 0 && hidden() < minGroup && shown.length > 0) {
      const scores = shown.shift()!;
      scores[key] = { n: scores[key]!.n, hidden: 'complement' };
    }
  }
}

/**
 * Senge's five disciplines or the OECD's seven dimensions from a team survey: summary rows
 * `discipline;score[;n;sd;min;max;moment]` or raw answers (one row per respondent, one column
 * per discipline), optionally with a `team` column; JSON in the element's shapes. Groups smaller
 * than --min-group show no numbers at all (not even n), in the table and in the element's data.
 */
export class SengeSection implements Section {
  readonly id = 'senge';
  readonly accepted = 'discipline;score[;n;sd;min;max;moment;team] or one column per discipline (Systeemdenken;Persoonlijk meesterschap;…, one row per respondent) or JSON {"Systeemdenken": 3.4, …}';
  private readonly inputs: TableInput[] = [];
  readonly wheels: Wheel[] = [];

  constructor(
    private readonly settings: Settings,
    private readonly problems: Problems,
  ) {}

  matchesHeaders(headers: readonly string[]): boolean {
    return hasColumns(headers, ['discipline', 'score']) || headers.filter(isSurveyName).length >= 2;
  }

  matchesJson(value: unknown): boolean {
    if (Array.isArray(value)) {
      return value.length > 0 && value.every(isRecord)
        && value.every((record) => Object.keys(record).some((key) => fieldOf(key, ['discipline']) || isSurveyName(key)));
    }
    return isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every(isSurveyName);
  }

  beginCsv(headers: readonly string[], file: string): (row: CsvRow) => void {
    return collectTable(this.inputs, headers, file);
  }

  readJson(value: unknown, file: string): number {
    this.inputs.push({ file, json: value });
    return Array.isArray(value) ? value.length : Object.keys(value as object).length;
  }

  finish(): void {
    for (const input of this.inputs) {
      try {
        for (const wheel of this.interpret(input)) this.wheels.push(wheel);
      } catch (error) {
        this.problems.errors.push(toDataError(error, { file: input.file }));
      }
    }
  }

  /** The element's own reader, so the page's numbers are the element's. */
  private read(input: TableInput, options: WheelOptions): WheelReading {
    return 'json' in input ? wheelFromData(input.json, options, input.file) : wheelFromTable(input.table, options, input.file);
  }

  private model(input: TableInput): Model {
    if ('json' in input) {
      const records = Array.isArray(input.json) ? input.json as Record<string, unknown>[] : [input.json as Record<string, unknown>];
      const names = records.flatMap((record) => [...Object.keys(record), ...Object.values(record).filter((value): value is string => typeof value === 'string')]);
      return modelOf(names);
    }
    const { headers, rows } = input.table;
    const discipline = hasColumns(headers, ['discipline', 'score']) ? columnOf(headers, 'discipline') : undefined;
    return modelOf(discipline === undefined ? headers : rows.map((row) => row.values[discipline] ?? ''));
  }

  private interpret(input: TableInput): Wheel[] {
    const { file } = input;
    const model = this.model(input);
    const numbers = 'json' in input
      ? readingNumbers(this.read(input, { model, min: -Infinity, max: Infinity, minGroup: 0 }))
      : scaleNumbers(input.table, model);
    const scale = surveyScale(numbers, [1, 5]);
    const options: WheelOptions = { model, min: scale[0], max: scale[1], minGroup: this.settings.minGroup };
    if (!('json' in input)) {
      const bad = rowErrors(input.table, file, (table) => wheelFromTable(table, options, file));
      if (bad.length) {
        for (const error of bad) this.problems.errors.push(error);
        return [];
      }
    }
    const team = 'json' in input ? undefined : columnOf(input.table.headers, 'team');
    if ('json' in input || team === undefined) return [{ file, model, scale, reading: this.read(input, options) }];

    const { table } = input;
    const byTeam = new Map<string, CsvRow[]>();
    for (const row of table.rows) {
      const name = (row.values[team] ?? '').trim();
      if (!name) throw new LzmDataError('gen.error.emptyCell', { column: table.headers[team] }, { file, line: row.line, column: team + 1 });
      const list = byTeam.get(name);
      if (list) list.push(row);
      else byTeam.set(name, [row]);
    }
    const teams: Wheel[] = [...byTeam].map(([name, rows]) => ({ file, team: name, model, scale, reading: this.read({ file, table: { ...table, rows } }, options) }));
    if (teams.length === 1) return teams;
    // Raw answers add up to a whole-school wheel; summary rows per team do not (no answers to pool).
    if (hasColumns(table.headers, ['discipline', 'score'])) return teams;
    const school: Wheel = { file, team: '', model, scale, reading: this.read(input, options) };
    for (const moment of ['current', 'earlier'] as const) {
      if (school.reading[moment] === undefined) continue;
      suppressComplement(teams.map((wheel) => wheel.reading[moment]).filter((scores): scores is Scores => scores !== undefined), this.settings.minGroup);
    }
    return [school, ...teams];
  }

  hasData(): boolean {
    return this.wheels.length > 0;
  }

  async render(intro: string | undefined): Promise<RenderedSection> {
    const { lang, minGroup } = this.settings;
    const data: Record<string, unknown> = {};
    const parts = [introParagraph(intro, t(lang, 'senge.intro', { min: String(minGroup) }), this.settings)];
    const figures: string[] = [];
    for (const [index, wheel] of this.wheels.entries()) {
      const figure: string[] = [];
      const { current } = wheel.reading;
      const keys: readonly Discipline[] = wheel.model === 'oecd' ? OECD : SENGE;
      const name = (key: Discipline) => wheelText(lang, `d.${key}`);
      const modelTitle = wheelText(lang, wheel.model === 'oecd' ? 'wheel.oecd' : 'wheel.senge');
      const twin = this.wheels.some((other) => other !== wheel && other.model === wheel.model && other.file !== wheel.file);
      const label = [modelTitle, wheel.team === '' ? t(lang, 'senge.school') : '', twin ? wheel.file.replace(/^.*[\\/]/, '') : ''].filter(Boolean).join(': ');
      // The team's name is the school's text: marked with its language where the page's differs, here and in the wheel (text-lang).
      const team = wheel.team || undefined;
      const textLang = schoolLang(this.settings);
      const teamHtml = team === undefined ? '' : `: ${escapeHtml(wheelText(lang, 'wheel.team'))} ${textLang ? `<span lang="${textLang}">${escapeHtml(team)}</span>` : escapeHtml(team)}`;
      if (this.wheels.length > 1) figure.push(`<h3>${escapeHtml(label)}${teamHtml}</h3>`);
      const scaleText = wheelText(lang, 'wheel.scale', { min: formatNumber(wheel.scale[0], lang, 0), max: formatNumber(wheel.scale[1], lang, 0) });
      figure.push(`<p class="summary">${escapeHtml(scaleText + '.')}</p>`);

      // Only shown numbers go into the element's data (toData).
      const shown = (scores: Scores | undefined) => keys.filter((key) => scores?.[key]?.score !== undefined && !scores[key]!.hidden);
      const records = (scores: Scores, moment?: string) => toData(scores, keys, name, moment);
      // An earlier moment with every discipline hidden says nothing: left out, as the element would.
      const earlier = wheel.reading.earlier && shown(wheel.reading.earlier).length > 0 ? wheel.reading.earlier : undefined;
      if (shown(current).length > 0) {
        const before = earlier ? records(earlier, t(lang, 'senge.earlier')) : [];
        const value = [...before, ...records(current, before.length ? t(lang, 'senge.now') : undefined)];
        figure.push(await drawElement(data, 'lzm-senge-wheel', `senge-${index}`, { lang, model: wheel.model, min: wheel.scale[0], max: wheel.scale[1], 'min-group': minGroup, label, team, 'text-lang': team === undefined ? undefined : textLang }, value));
      } else {
        // Nothing shown, so no wheel: the page says why each discipline has no number, in the
        // wheel's own words (with a wheel, the wheel says it).
        const reasons = keys.filter((key) => current[key]?.hidden).map((key) => `${name(key)}: ${missingText(lang, current[key]!.hidden, minGroup)}`);
        if (reasons.length) figure.push(`<p class="hint hidden-scores">${escapeHtml(reasons.join('; '))}</p>`);
      }
      figures.push(`<div class="figure">${figure.join('')}</div>`);
    }
    parts.push(`<div class="figures">${figures.join('\n')}</div>`);
    return { id: this.id, title: t(lang, 'senge.title'), html: parts.join('\n'), data };
  }
}
