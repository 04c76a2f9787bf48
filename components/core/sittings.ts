import type { CsvRow } from './csv.js';
import { LzmDataError } from './errors.js';
import { HEADER_ALIASES, normalizeHeader, type Field } from './headers.js';
import { pupilKey } from './pupil-key.js';
import {
  dayText, groupName, HALF_LETTERS, HALF_MONTHS, isSummaryCell, parseDay, parseMoment, parseSchoolYear, schoolYearOf, schoolYearText, sittingScore, yearGroupOf, type MomentKind,
} from './sitting-cells.js';
import './sittings.messages.js';

/*
 * Pupil-tracking exports as the systems write them (Cito LOVS / Leerling in Beeld, ParnasSys, ESIS,
 * IEP, Boom LVS, DIA, the OSO exchange file): one row per pupil per sitting. This module finds the
 * columns, reads the rows (their cells: sitting-cells.ts), keeps each pupil × subject's sittings in
 * typed arrays (no strings per row), and pairs consecutive sittings into periods once every file
 * was read (a period may span two files or two school years).
 */

/* ---------------------------------------------------------------- columns */

/** Columns of a long-format export; indexes are 0-based. */
export interface SittingColumns {
  pupil?: number;
  lastName?: number;
  infix?: number;
  firstName?: number;
  group: number;
  year?: number;
  subject: number;
  moment?: number;
  date?: number;
  score: number;
  schoolYear?: number;
}

/** The column a field names; where several headers match, the one whose alias comes first in the table wins. */
function columnOf(normalized: readonly string[], field: Field, taken: ReadonlySet<number>): number | undefined {
  for (const alias of HEADER_ALIASES[field]) {
    const index = normalized.findIndex((header, i) => header === normalizeHeader(alias) && !taken.has(i));
    if (index !== -1) return index;
  }
  return undefined;
}

/** The columns of a long-format export, or undefined when these headers are not one. */
export function sittingColumns(headers: readonly string[]): { columns: SittingColumns; ignored: string[] } | undefined {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const find = (field: Field) => {
    const index = columnOf(normalized, field, taken);
    if (index !== undefined) taken.add(index);
    return index;
  };
  // Scores and moments first: "vaardigheidsscore" must not be taken for a subject column.
  const score = find('sittingScore');
  const moment = find('testMoment');
  const date = find('testDate');
  const schoolYear = find('schoolYear');
  const year = find('year');
  const lastName = find('lastName');
  const infix = lastName === undefined ? undefined : find('infix');
  const firstName = lastName === undefined ? undefined : find('firstName');
  const pupil = find('sittingPupil');
  const group = find('sittingGroup');
  const subject = find('sittingSubject') ?? find('test');
  if (score === undefined || group === undefined || subject === undefined || (moment === undefined && date === undefined)) return undefined;
  if (pupil === undefined && lastName === undefined) return undefined;
  const ignored = headers.filter((header, index) => !taken.has(index) && header.trim() !== '');
  return { columns: { pupil, lastName, infix, firstName, group, year, subject, moment, date, score, schoolYear }, ignored };
}

/** True when a header row is a long-format export (one row per pupil per sitting). */
export function isSittingTable(headers: readonly string[]): boolean {
  return sittingColumns(headers) !== undefined;
}

/* -------------------------------------------------------------- collector */

/** One pupil × subject × period after pairing: the unit the dashboard aggregates (like a wide row). */
export interface SittingPair {
  subject: string;
  group: string;
  /** Year group (jaargroep) of the later sitting, when the export has one. */
  year?: string;
  /** "M5 → E5", "E5 → M6", "01-2026 → 06-2026". */
  period: string;
  /** Sort key of the period: earlier periods first. */
  rank: number;
  pre?: number;
  post?: number;
  /** The pupil's hash (pupilKey); never the id itself. */
  pupilKey: number;
  /** The pupil as written, only when names are kept (`--pupil-report`), else ''. */
  pupil: string;
  file: string;
  line: number;
  /** Length of the period in months: from the dates when both sittings have one, else from the moments. */
  months?: number;
  /** School year of the later sitting ("2025-2026"), when known. */
  schoolYear?: string;
}

/** Per file: what the reader skipped or counted, for the notes. */
export interface SittingFileStats {
  summaryRows: number;
  firstSummaryLine: number;
  absent: number;
  ignored: string[];
}

/**
 * Sittings of one test window: a class is tested over several days, so sittings of one group and
 * subject that are at most this many days apart from the previous one belong to one window.
 */
const WINDOW_GAP_DAYS = 14;

const NO_DAY = -2147483648;
const NONE = -1;

/** Interned strings: a group or subject name is stored once, as a flat copy (not a slice of the file's text). */
class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      const copy = text.split('').join('');
      id = this.list.length;
      this.list.push(copy);
      this.index.set(copy, id);
    }
    return id;
  }
}

/** 53-bit key → index, open addressing in typed arrays (a Map would box every key). */
class KeyIndex {
  private keys = new Float64Array(1 << 12);
  private values = new Int32Array(1 << 12);
  private size = 0;

  /** The index stored for key, or `fresh` after storing it. */
  get(key: number, fresh: number): number {
    const stored = key + 1;
    let mask = this.keys.length - 1;
    let slot = key % 0x100000000 & mask;
    while (this.keys[slot] !== 0) {
      if (this.keys[slot] === stored) return this.values[slot];
      slot = (slot + 1) & mask;
    }
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      mask = this.keys.length - 1;
      slot = key % 0x100000000 & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.keys[slot] = stored;
    this.values[slot] = fresh;
    this.size++;
    return fresh;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      let slot = (keys[i] - 1) % 0x100000000 & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i];
      this.values[slot] = values[i];
    }
  }
}

function grown<T extends Float64Array | Int32Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(need, array.length * 2));
  next.set(array);
  return next;
}

/** What the collector knows about a subject's moments. */
interface SubjectMoments {
  kind: MomentKind;
  /** First sitting that set the kind: its moment as written and where. */
  first: string;
  line: number;
  /** 'label' moments: label → position in file order. */
  labels: Map<string, number>;
}

/** Per group × year group × subject: the moments seen (sorted orders and their labels). */
interface GroupMoments {
  orders: number[];
  /** Label ids (SittingCollector.labels). */
  labels: number[];
}

/**
 * Collects the sittings of every long-format file and pairs them at the end. Memory: ~50 bytes per
 * sitting in typed arrays plus ~24 per pupil × subject; no row objects and no strings per row
 * (groups, subjects, years and labels are interned; pupils are hashed).
 */
export class SittingCollector {
  private readonly groups = new Strings();
  private readonly subjects = new Strings();
  private readonly years = new Strings();
  private readonly labels = new Strings();
  private readonly files = new Strings();
  private readonly moments: SubjectMoments[] = [];
  private readonly pairIndex = new KeyIndex();
  private pairs = 0;
  private pairHead = new Int32Array(1 << 12);
  private pairSubject = new Int32Array(1 << 12);
  private pairPupil = new Float64Array(1 << 12);
  private readonly names: string[] = [];
  private count = 0;
  private order = new Float64Array(1 << 12);
  private score = new Float64Array(1 << 12);
  /** line, file, group, year, day, school year, label, next: eight Int32 per sitting. */
  private ints = new Int32Array(8 << 12);
  /** School years seen (first calendar year). */
  readonly schoolYears = new Set<number>();

  constructor(private readonly keepNames = false) {}

  /** Sittings read so far. */
  get size(): number {
    return this.count;
  }

  /**
   * Starts a file: its columns (undefined when the headers are not a long export) and the row
   * reader. The reader throws an LzmDataError for a bad cell; skipped rows are counted in `stats`.
   */
  begin(headers: readonly string[], file?: string): { read: (row: CsvRow) => void; stats: SittingFileStats } | undefined {
    const found = sittingColumns(headers);
    if (!found) return undefined;
    const { columns } = found;
    const stats: SittingFileStats = { summaryRows: 0, firstSummaryLine: 0, absent: 0, ignored: found.ignored };
    const fileId = this.files.id(file ?? '');
    const { pupil, lastName, infix, firstName, group, year, subject, moment, date, score, schoolYear } = columns;
    const cell = (values: string[], index: number | undefined) => {
      if (index === undefined) return '';
      const value = values[index];
      return value === undefined ? '' : value.trim();
    };
    const pupilColumn = pupil ?? lastName!;
    return {
      stats,
      read: ({ line, values }) => {
        const who = pupil !== undefined ? cell(values, pupil) : [cell(values, firstName), cell(values, infix), cell(values, lastName)].filter(Boolean).join(' ');
        const groupText = cell(values, group);
        if (isSummaryCell(cell(values, 0)) || isSummaryCell(who) || isSummaryCell(groupText)) {
          if (stats.summaryRows++ === 0) stats.firstSummaryLine = line;
          return;
        }
        if (who === '') throw new LzmDataError('sitting.noPupil', { column: headers[pupilColumn] }, { file, line, column: pupilColumn + 1 });
        const subjectText = cell(values, subject);
        for (const [text, index] of [[groupText, group], [subjectText, subject]] as const) {
          if (text === '') throw new LzmDataError('sitting.empty', { column: headers[index] }, { file, line, column: index + 1 });
        }
        const value = sittingScore(cell(values, score), file, line, score + 1);
        if (value === null) stats.absent++;
        const yearText = cell(values, year);
        const dateText = cell(values, date);
        const day = dateText === '' ? NO_DAY : this.dayOf(dateText, file, line, date! + 1);
        const schoolYearText = cell(values, schoolYear);
        const school = day !== NO_DAY ? this.schoolYearOfDay(day) : parseSchoolYear(schoolYearText) ?? NONE;
        if (school !== NONE) this.schoolYears.add(school);
        const subjectId = this.subjects.id(subjectText);
        const momentText = cell(values, moment);
        const { order, label } = this.momentOf(subjectId, momentText, yearText, day, school, file, line, moment ?? date!, headers[date ?? moment!]);
        const pair = this.pairOf(who, subjectText, subjectId);
        const at = this.count++;
        this.order = grown(this.order, this.count);
        this.score = grown(this.score, this.count);
        this.ints = grown(this.ints, this.count * 8);
        this.order[at] = order;
        this.score[at] = value ?? NaN;
        const ints = this.ints;
        const base = at * 8;
        ints[base] = line;
        ints[base + 1] = fileId;
        ints[base + 2] = this.groups.id(groupName(groupText));
        ints[base + 3] = yearText === '' ? NONE : this.years.id(yearText);
        ints[base + 4] = day;
        ints[base + 5] = school;
        ints[base + 6] = label;
        ints[base + 7] = this.pairHead[pair];
        this.pairHead[pair] = at;
      },
    };
  }

  /** The pupil × subject a sitting belongs to, made on first sight. */
  private pairOf(who: string, subjectText: string, subjectId: number): number {
    for (let salt = ''; ; salt += '\u0001') {
      const pair = this.pairIndex.get(pupilKey(who, subjectText, salt), this.pairs);
      if (pair < this.pairs) {
        // A hash collision between two pupil × subject keys of different subjects: try the next key.
        if (this.pairSubject[pair] === subjectId) return pair;
        continue;
      }
      this.pairs++;
      this.pairHead = grown(this.pairHead, this.pairs);
      this.pairSubject = grown(this.pairSubject, this.pairs);
      this.pairPupil = grown(this.pairPupil, this.pairs);
      this.pairHead[pair] = NONE;
      this.pairSubject[pair] = subjectId;
      this.pairPupil[pair] = pupilKey(who);
      if (this.keepNames) this.names[pair] = who.split('').join('');
      return pair;
    }
  }

  /** A sitting's order key and label id (NONE for dates: their windows are known only at the end). */
  private momentOf(subject: number, text: string, yearText: string, day: number, school: number, file: string | undefined, line: number, column: number, fill: string): { order: number; label: number } {
    // Moments repeat on every row: a year or label moment is worked out once per subject, text and year.
    const cached = this.momentCache[subject]?.get(text)?.get(yearText);
    if (cached) return cached;
    let kind: MomentKind;
    let order: number;
    let label = NONE;
    if (text === '') {
      if (day === NO_DAY) throw new LzmDataError('sitting.noMoment', { column: fill }, { file, line, column: column + 1 });
      kind = 'date';
      order = day;
    } else {
      const moment = parseMoment(text, yearText === '' ? undefined : yearGroupOf(yearText));
      kind = moment.kind;
      if (moment.kind === 'year') {
        order = moment.year! * 12 + HALF_MONTHS[moment.half!];
        label = this.labels.id(`${HALF_LETTERS[moment.half!]}${moment.year}`);
      } else if (moment.kind === 'half') {
        order = (school === NONE ? 0 : (school - 2000) * 12) + HALF_MONTHS[moment.half!];
        label = this.labels.id(text);
      } else {
        const known = this.moments[subject]?.labels;
        order = known?.get(text) ?? known?.size ?? 0;
        label = this.labels.id(text);
      }
    }
    let moments = this.moments[subject];
    if (!moments) this.moments[subject] = moments = { kind, first: text || dayText(day), line, labels: new Map() };
    else if (moments.kind !== kind) {
      throw new LzmDataError('sitting.mixedMoments', { moment: text || dayText(day), subject: this.subjects.list[subject], other: moments.first, line: String(moments.line) }, { file, line, column: column + 1 });
    }
    if (kind === 'label' && !moments.labels.has(text)) moments.labels.set(text.split('').join(''), order);
    const result = { order, label };
    if (kind === 'year' || kind === 'label') {
      const bySubject = (this.momentCache[subject] ??= new Map());
      let byText = bySubject.get(text);
      if (!byText) bySubject.set(text.split('').join(''), (byText = new Map()));
      byText.set(yearText.split('').join(''), result);
    }
    return result;
  }

  private readonly momentCache: Array<Map<string, Map<string, { order: number; label: number }>>> = [];
  /** Date text → day: an export has a handful of test dates on a million rows. */
  private readonly dayCache = new Map<string, number>();

  private readonly schoolYearCache = new Map<number, number>();

  private schoolYearOfDay(day: number): number {
    let year = this.schoolYearCache.get(day);
    if (year === undefined) this.schoolYearCache.set(day, (year = schoolYearOf(day)));
    return year;
  }

  private dayOf(text: string, file: string | undefined, line: number, column: number): number {
    let day = this.dayCache.get(text);
    if (day === undefined) {
      day = parseDay(text, file, line, column);
      if (this.dayCache.size > 4096) this.dayCache.clear();
      this.dayCache.set(text.split('').join(''), day);
    }
    return day;
  }

  /**
   * Pairs every pupil × subject's sittings in time order and hands each period to `emit`. Returns
   * the problems found (a pupil with two sittings at one moment). Call once, after the last file.
   * `emit` gets ONE reused object (no million objects for a million pairs): copy what you keep.
   */
  pair(emit: (pair: SittingPair) => void): LzmDataError[] {
    const errors: LzmDataError[] = [];
    const { ints, count } = this;
    const subjectCount = this.subjects.list.length;
    // A group's moments are those of its year group: a combination class 5/6 tests M5 and M6 pupils alike.
    const yearCount = this.years.list.length + 1;
    const gsOf = (group: number, year: number, subject: number) => (group * yearCount + year + 1) * subjectCount + subject;
    const windows = this.dateWindows(gsOf);
    const subjectYears = this.halfSchoolYears();
    const subjects = this.sittingSubjectList();
    // Pass 1: each sitting's order and label (a date becomes its test window), and the moments of each
    // group × year group × subject.
    // Resolved in place (pair() is called once): no second copy of every sitting's order and label.
    const order = this.order;
    const gsList = new Int32Array(count);
    const seen = new Map<number, Map<number, number>>();
    let lastGs = -1;
    let lastOrder = NaN;
    for (let at = 0; at < count; at++) {
      const base = at * 8;
      const subject = subjects[at];
      const gs = gsOf(ints[base + 2], ints[base + 3], subject);
      gsList[at] = gs;
      if (this.moments[subject].kind === 'date') {
        const window = windows.get(gs)!;
        const start = window.startOf.get(ints[base + 4])!;
        order[at] = start;
        ints[base + 6] = this.labels.id(window.labels.get(start)!);
      }
      if (gs === lastGs && order[at] === lastOrder) continue;
      [lastGs, lastOrder] = [gs, order[at]];
      let moments = seen.get(gs);
      if (!moments) seen.set(gs, (moments = new Map()));
      if (!moments.has(order[at])) moments.set(order[at], ints[base + 6]);
    }
    const sorted = new Map<number, GroupMoments>();
    for (const [gs, moments] of seen) {
      const orders = [...moments.keys()].sort((a, b) => a - b);
      sorted.set(gs, { orders, labels: orders.map((key) => moments.get(key)!) });
    }
    // Period labels, made once per pair of moments (and school years): every pupil of a period shares one string.
    const periodCache = new Map<number, string>();
    const periodStrings = new Map<string, string>();
    const out: SittingPair = { subject: '', group: '', year: undefined, period: '', rank: 0, pre: undefined, post: undefined, pupilKey: 0, pupil: '', file: '', line: 0, months: undefined, schoolYear: undefined };
    const list: number[] = [];
    const label = (at: number) => ints[at * 8 + 6];
    for (let pair = 0; pair < this.pairs; pair++) {
      const subject = this.pairSubject[pair];
      list.length = 0;
      for (let at = this.pairHead[pair]; at !== NONE; at = ints[at * 8 + 7]) {
        // Insertion by order (then line): a pupil has a handful of sittings per subject.
        let i = list.length;
        list.push(at);
        while (i > 0 && (order[list[i - 1]] > order[at] || (order[list[i - 1]] === order[at] && ints[list[i - 1] * 8] > ints[at * 8]))) {
          list[i] = list[i - 1];
          i--;
        }
        list[i] = at;
      }
      let duplicate = false;
      for (let i = 1; i < list.length; i++) {
        if (order[list[i]] !== order[list[i - 1]]) continue;
        const [first, second] = [list[i - 1] * 8, list[i] * 8];
        const firstLine = ints[first + 1] === ints[second + 1] ? String(ints[first]) : `${this.files.list[ints[first + 1]]}:${ints[first]}`;
        errors.push(new LzmDataError('sitting.twice', { subject: this.subjects.list[subject], moment: this.labels.list[label(list[i])], first: firstLine, line: String(ints[second]) }, {
          file: this.files.list[ints[second + 1]] || undefined, line: ints[second], column: 1,
        }));
        duplicate = true;
      }
      if (duplicate) continue;
      const kind = this.moments[subject].kind;
      const halves = kind === 'year' || kind === 'half';
      const manyYears = halves && subjectYears.get(subject)! > 1;
      out.subject = this.subjects.list[subject];
      out.pupilKey = this.pairPupil[pair];
      out.pupil = this.keepNames ? this.names[pair] : '';
      /** Emits the period from one end to the other; `pre`/`post` are sittings (or NONE for a missed moment). */
      const emitPeriod = (pre: number, post: number, preOrder: number, preLabel: number, postOrder: number, postLabel: number) => {
        const last = (post === NONE ? pre : post) * 8;
        const first = (pre === NONE ? post : pre) * 8;
        const school = ints[last + 5];
        const firstSchool = ints[first + 5];
        const both = pre !== NONE && post !== NONE;
        const days = both && ints[pre * 8 + 4] !== NO_DAY && ints[post * 8 + 4] !== NO_DAY;
        const key = ((preLabel * 65536 + postLabel) * 128 + (manyYears && school !== NONE ? school - 1990 : 0)) * 128 + (manyYears && firstSchool !== NONE ? firstSchool - 1990 : 0);
        let period = periodCache.get(key);
        if (period === undefined) {
          const text = periodLabel(halves, manyYears, preOrder, this.labels.list[preLabel], postOrder, this.labels.list[postLabel], firstSchool, school);
          period = periodStrings.get(text) ?? text;
          periodStrings.set(period, period);
          periodCache.set(key, period);
        }
        // Calendar position of the period's start, in months: its school year (when known) and its half.
        const start = halves ? (school === NONE ? 0 : (school - 2000) * 12 - 12 * Math.floor(postOrder / 12)) + preOrder : preOrder;
        out.group = this.groups.list[ints[last + 2]];
        out.year = ints[last + 3] === NONE ? undefined : this.years.list[ints[last + 3]];
        out.period = period;
        out.rank = start * 1e6 + (postOrder - preOrder);
        out.pre = pre !== NONE && !Number.isNaN(this.score[pre]) ? this.score[pre] : undefined;
        out.post = post !== NONE && !Number.isNaN(this.score[post]) ? this.score[post] : undefined;
        out.file = this.files.list[ints[last + 1]];
        out.line = ints[last];
        out.months = days ? (ints[post * 8 + 4] - ints[pre * 8 + 4]) / 30.4375 : both && halves ? postOrder - preOrder : undefined;
        out.schoolYear = school === NONE ? undefined : schoolYearText(school);
        emit(out);
      };
      const momentsOf = (at: number) => sorted.get(gsList[at])!;
      const head = list[0];
      const before = neighbour(momentsOf(head), order[head], -1);
      if (before) emitPeriod(NONE, head, before.order, before.label, order[head], label(head));
      for (let i = 1; i < list.length; i++) {
        const [pre, post] = [list[i - 1], list[i]];
        if (!hasBetween(momentsOf(pre), order[pre], order[post]) && !hasBetween(momentsOf(post), order[pre], order[post])) {
          emitPeriod(pre, post, order[pre], label(pre), order[post], label(post));
          continue;
        }
        const next = neighbour(momentsOf(pre), order[pre], 1);
        if (next && next.order < order[post]) emitPeriod(pre, NONE, order[pre], label(pre), next.order, next.label);
        const previous = neighbour(momentsOf(post), order[post], -1);
        if (previous && previous.order > order[pre]) emitPeriod(NONE, post, previous.order, previous.label, order[post], label(post));
      }
      const tail = list[list.length - 1];
      const after = neighbour(momentsOf(tail), order[tail], 1);
      if (after) emitPeriod(tail, NONE, order[tail], label(tail), after.order, after.label);
    }
    return errors;
  }

  /** Per group × subject of a date-only subject: its test windows (day → window start, start → label). */
  private dateWindows(gsOf: (group: number, year: number, subject: number) => number): Map<number, { startOf: Map<number, number>; labels: Map<number, string> }> {
    const days = new Map<number, Set<number>>();
    for (let at = 0; at < this.count; at++) {
      const base = at * 8;
      const day = this.ints[base + 4];
      if (day === NO_DAY) continue;
      const gs = gsOf(this.ints[base + 2], this.ints[base + 3], this.sittingSubjectList()[at]);
      let set = days.get(gs);
      if (!set) days.set(gs, (set = new Set()));
      set.add(day);
    }
    const windows = new Map<number, { startOf: Map<number, number>; labels: Map<number, string> }>();
    for (const [gs, set] of days) {
      const sortedDays = [...set].sort((a, b) => a - b);
      const startOf = new Map<number, number>();
      const starts: number[] = [];
      let start = sortedDays[0];
      let previous = start;
      for (const day of sortedDays) {
        if (day - previous > WINDOW_GAP_DAYS) start = day;
        if (starts[starts.length - 1] !== start) starts.push(start);
        startOf.set(day, start);
        previous = day;
      }
      // A window is known by its month ("01-2026"), so the same month in two groups is one period; two windows
      // of one group in one month are told apart by their first day.
      const month = (day: number) => dayText(day).slice(3);
      const labels = new Map(starts.map((day) => [day, starts.filter((other) => month(other) === month(day)).length > 1 ? dayText(day) : month(day)]));
      windows.set(gs, { startOf, labels });
    }
    return windows;
  }

  /** Per subject with half-year moments (M5, Midden): how many school years its sittings span. */
  private halfSchoolYears(): Map<number, number> {
    const years = new Map<number, Set<number>>();
    for (let at = 0; at < this.count; at++) {
      const subject = this.sittingSubjectList()[at];
      const kind = this.moments[subject].kind;
      if (kind !== 'half' && kind !== 'year') continue;
      let set = years.get(subject);
      if (!set) years.set(subject, (set = new Set()));
      set.add(this.ints[at * 8 + 5]);
    }
    return new Map([...years].map(([subject, set]) => [subject, set.size]));
  }

  private sittingSubjects?: Int32Array;

  /** The subject of every sitting (sittings do not store it: their pupil × subject does). */
  private sittingSubjectList(): Int32Array {
    if (!this.sittingSubjects || this.sittingSubjects.length !== this.count) {
      const subjects = new Int32Array(this.count);
      for (let pair = 0; pair < this.pairs; pair++) {
        for (let i = this.pairHead[pair]; i !== NONE; i = this.ints[i * 8 + 7]) subjects[i] = this.pairSubject[pair];
      }
      this.sittingSubjects = subjects;
    }
    return this.sittingSubjects;
  }
}

/**
 * A period's label. Half-year moments are named by the school's calendar, not the year group: M5 → E5
 * of group 5 and M6 → E6 of group 6 are the same period "M → E" for the whole school; with more than
 * one school year in the data the year is added ("E 2024-2025 → M 2025-2026").
 */
function periodLabel(halves: boolean, manyYears: boolean, preOrder: number, preLabel: string, postOrder: number, postLabel: string, firstSchool: number, school: number): string {
  if (!halves) return `${preLabel} → ${postLabel}`;
  const [from, to] = [halfOf(preOrder), halfOf(postOrder)];
  if (!manyYears || school === NONE) return `${from} → ${to}`;
  if (firstSchool === school) return `${from} → ${to} ${schoolYearText(school)}`;
  return `${from} ${schoolYearText(firstSchool)} → ${to} ${schoolYearText(school)}`;
}

/** The half (B, M, E) of a half-year moment's order (year × 12 + HALF_MONTHS). */
function halfOf(order: number): string {
  const month = order - 12 * Math.floor(order / 12);
  return HALF_LETTERS[HALF_MONTHS.findIndex((value) => Math.abs(value - month) < 0.01)];
}

/** The moment just before (step −1) or after (step 1) `order` among a group's moments. */
function neighbour(moments: GroupMoments, order: number, step: 1 | -1): { order: number; label: number } | undefined {
  const index = moments.orders.indexOf(order) + step;
  return index >= 0 && index < moments.orders.length ? { order: moments.orders[index], label: moments.labels[index] } : undefined;
}

/** True when a group had a moment strictly between two orders (a pupil missed it). */
function hasBetween(moments: GroupMoments, from: number, to: number): boolean {
  return moments.orders.some((order) => order > from && order < to);
}
