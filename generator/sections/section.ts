import type { CsvRow } from '../../components/core/csv.js';
import type { LzmDataError } from '../../components/core/errors.js';
import type { Lang } from '../../components/core/locale.js';
import type { Html } from '../chunks.js';
import type { ColumnMap } from '../column-map.js';
import type { HingeRule } from '../hinge.js';

/** Settings every section reads (from the command line and dashboard.json). */
export interface Settings {
  lang: Lang;
  /** The language of the school's own texts in dashboard.json (intros), for `lang` on them. */
  textLang?: Lang;
  /** The default hinge point: `--hinge` when given, else dashboard.json's default, else 0.40. */
  hinge: number;
  /** dashboard.json's hinge points per subject and year (set once the config is read). */
  hinges?: HingeRule;
  /** dashboard.json's period order (set once the config is read). */
  periods?: string[];
  /** dashboard.json's column map for wide overviews (set before the data files are read). */
  columns?: ColumnMap;
  minGroup: number;
  /** Keep per-pupil rows for `--pupil-report` (otherwise only aggregates are kept). */
  keepPupils: boolean;
}

/** A warning: always printed; `publish: false` keeps it out of the dashboard (e.g. about a hidden group). */
export interface Warning {
  text: string;
  publish: boolean;
}

/** Where sections report problems: every error is collected, none stops the run on its own. */
export interface Problems {
  errors: LzmDataError[];
  warnings: Warning[];
  /** Language of the notes the reader itself writes (skipped title lines); nl when not given. */
  lang?: Lang;
}

/**
 * A section's part of the page: its HTML and the data handed to its elements' `.data` by id.
 * The HTML may be a stream of parts (a board's tables row by row) that renders while the page is
 * written; `data` is complete once it has been (the page writes its data block last).
 */
export interface RenderedSection {
  id: string;
  title: string;
  html: Html;
  /** What belongs in the page's overview at the top (the whole picture first), if anything; written before `html`. */
  overview?: Html;
  data: Record<string, unknown>;
}

/** Counts for the page header. */
export interface PupilSummary {
  pupils: number;
  groups: number;
  hidden: number;
}

/**
 * One input kind and the section it feeds. A section recognises its files by their headers (CSV)
 * or shape (JSON), aggregates rows as they stream by, and renders an HTML fragment at the end.
 * Adding a kind of data to the dashboard is adding one module that implements this.
 */
export interface Section {
  readonly id: string;
  /** The header row(s) this kind accepts, as shown in the "unrecognised file" error. */
  readonly accepted: string;
  matchesHeaders(headers: readonly string[]): boolean;
  matchesJson(value: unknown): boolean;
  /** Starts a CSV file (throws an LzmDataError for missing columns); returns the row consumer. */
  beginCsv(headers: readonly string[], file: string): (row: CsvRow) => void;
  /** Reads a JSON file; returns how many records it had. */
  readJson(value: unknown, file: string): number;
  /**
   * Called once after every input was read: a section that needs a whole file (a survey's scale,
   * duplicate parts) interprets its files here and reports problems like the row consumers do.
   */
  finish?(): void;
  /** True once any data arrived. */
  hasData(): boolean;
  /** The section's HTML, its elements drawn by themselves (Lit SSR); `intro` is the school's own text. */
  render(intro: string | undefined): Promise<RenderedSection>;
  summary?(): PupilSummary;
}
