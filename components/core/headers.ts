import { dataError } from './data-errors.js';

/**
 * Column header aliases, Dutch and English, in one table. Headers are matched case-, accent-,
 * and separator-insensitively ("Effect_Size", "effect size" and "EFFECT-SIZE" are one header).
 * The first alias of each field is the one error messages name first.
 */
export const HEADER_ALIASES = {
  influence: ['invloed', 'influence', 'name', 'naam', 'item'],
  effectSize: ['effectgrootte', 'effect_size', 'effect size', 'd', 'es'],
  n: ['n', 'aantal'],
  ciLow: ['ci_laag', 'ci_low', 'ci laag', 'ondergrens', 'lower'],
  ciHigh: ['ci_hoog', 'ci_high', 'ci hoog', 'bovengrens', 'upper'],
  pupil: ['leerling', 'pupil', 'student', 'leerlingnummer', 'id'],
  group: ['groep', 'group', 'klas', 'class'],
  subject: ['vak', 'subject', 'leergebied'],
  pre: ['voormeting', 'pre', 'pretest', 'pre-test', 'voortoets'],
  post: ['nameting', 'post', 'posttest', 'post-test', 'natoets'],
  year: ['leerjaar', 'year', 'jaar', 'jaargroep', 'grade'],
  period: ['periode', 'period'],
  color: ['kleur', 'colour', 'color'],
  meaning: ['betekenis', 'meaning', 'omschrijving', 'description', 'tekst', 'text'],
  symbol: ['symbool', 'symbol', 'vorm', 'shape', 'teken'],
  count: ['aantal', 'count', 'frequentie', 'frequency'],
  number: ['nummer', 'number', 'nr', 'no'],
  discipline: ['discipline', 'dimensie', 'dimension', 'onderdeel'],
  score: ['score', 'gemiddelde', 'mean', 'waarde', 'value'],
  sd: ['sd', 'standaardafwijking', 'standard deviation', 'std'],
  min: ['min', 'minimum', 'laagste', 'lowest'],
  max: ['max', 'maximum', 'hoogste', 'highest'],
  moment: ['moment', 'meting', 'meetmoment', 'peilmoment', 'datum', 'date'],
  part: ['onderdeel', 'part', 'deel', 'element'],
  from: ['van', 'from'],
  to: ['naar', 'to'],
  value: ['waarde', 'value', 'score', 'grootte', 'size', 'draagkracht', 'strength', 'sterkte'],
  previous: ['vorige', 'previous', 'vorige meting', 'eerder', 'compare', 'vergelijk'],
  hidden: ['verborgen', 'hidden'],
  team: ['team', 'groep', 'group', 'bouw', 'afdeling', 'department', 'locatie', 'location'],
  // One row per pupil per sitting, as pupil-tracking systems (Cito LOVS, ParnasSys, ESIS, IEP, Boom, DIA)
  // and the OSO exchange standard export it (components/core/sittings.ts).
  sittingPupil: ['leerlingnummer', 'leerling-id', 'leerling id', 'leerlingid', 'leerling', 'pupil', 'pupil id', 'student', 'student id', 'id', 'naam', 'name', 'leerlingnaam', 'volledige naam'],
  lastName: ['achternaam', 'last name', 'surname', 'family name'],
  infix: ['tussenvoegsel', 'tussenvoegsels', 'infix'],
  firstName: ['roepnaam', 'voornaam', 'first name', 'given name'],
  sittingGroup: ['groep', 'groepsnaam', 'klas', 'klasnaam', 'group', 'group name', 'class'],
  sittingSubject: ['leergebied', 'vak', 'vaardigheid', 'subject', 'domein', 'domain'],
  test: ['toets', 'toetsnaam', 'test', 'test name', 'toetsonderdeel'],
  testMoment: ['toetsmoment', 'toetsversie', 'afnamemoment', 'moment', 'meetmoment', 'test moment', 'test version'],
  testDate: ['afnamedatum', 'datum', 'toetsdatum', 'date', 'test date'],
  sittingScore: ['vaardigheidsscore', 'ontwikkelscore', 'score', 'ability score', 'scale score', 'development score'],
  schoolYear: ['schooljaar', 'school year'],
} as const satisfies Record<string, readonly string[]>;

export type Field = keyof typeof HEADER_ALIASES;

/** "Effect_Size " → "effect size"; "Creëren" → "creeren". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
}

const aliasIndex = new Map<Field, Set<string>>(
  (Object.keys(HEADER_ALIASES) as Field[]).map((field) => [
    field,
    new Set(HEADER_ALIASES[field].map(normalizeHeader)),
  ]),
);

const everyAlias = new Set([...aliasIndex.values()].flatMap((aliases) => [...aliases]));

/** True when a header is an alias of any field (used to find the header row below title lines). */
export function isKnownHeader(header: string): boolean {
  return everyAlias.has(normalizeHeader(header));
}

/** Which field a header names, among the candidates, or undefined. */
export function fieldOf(header: string, candidates: readonly Field[]): Field | undefined {
  const key = normalizeHeader(header);
  return candidates.find((field) => aliasIndex.get(field)!.has(key));
}

/** Field → 0-based column index. */
export type ColumnMap<F extends Field> = { [K in F]: number } & Partial<Record<Field, number>>;

/**
 * Finds the columns of a table: every required field must be present (else an error naming the
 * accepted spellings), optional fields are mapped when present.
 */
export function mapColumns<R extends Field>(
  headers: readonly string[],
  required: readonly R[],
  optional: readonly Field[] = [],
  file?: string,
): ColumnMap<R> {
  const map = columnsOf(headers, [...required, ...optional], file);
  for (const field of required) {
    if (map[field] === undefined) {
      throw dataError(
        'error.missingColumn',
        { column: HEADER_ALIASES[field][0], accepted: HEADER_ALIASES[field].join(', ') },
        { file, line: 1 },
      );
    }
  }
  return map as ColumnMap<R>;
}

/**
 * Field → column of the headers that name one of `fields`. Two columns naming the same field
 * (`effectgrootte;effectgrootte`, `leerling;id`) are refused: taking either would silently read
 * the wrong one half the time.
 */
export function columnsOf(headers: readonly string[], fields: readonly Field[], file?: string): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {};
  headers.forEach((header, index) => {
    const field = fieldOf(header, fields);
    if (!field) return;
    const first = map[field];
    if (first !== undefined) {
      throw dataError('error.duplicateColumn', { first: headers[first], second: header, field: HEADER_ALIASES[field][0] }, { file, line: 1, column: index + 1 });
    }
    map[field] = index;
  });
  return map;
}

/** True when every required field has a column (used to recognise a file's kind). */
export function hasColumns(headers: readonly string[], required: readonly Field[]): boolean {
  return required.every((field) => headers.some((header) => fieldOf(header, [field]) === field));
}
