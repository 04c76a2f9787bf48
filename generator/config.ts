import { LzmDataError } from '../components/core/errors.js';
import { readColumnMap, type ColumnMap } from './column-map.js';
import type { Lang } from '../components/core/locale.js';
import { readHinge, type HingeRule } from './hinge.js';

/** `dashboard.json`: what a school sets once (all optional). */
export interface DashboardConfig {
  title?: string;
  school?: string;
  /** Section ids in the order they appear; sections not listed follow in the default order. */
  sections?: string[];
  /** Intro text per section id. */
  intro?: Record<string, string>;
  /** The school's own hinge points: default, per subject, per year (generator/hinge.ts). */
  hinge?: HingeRule;
  /** Period labels in their order (else periods sort by their labels, numbers by value). */
  periods?: string[];
  /** How to read a wide overview that no header alias covers (generator/column-map.ts). */
  columns?: ColumnMap;
  /** The language the school's own texts (intros, school name) are written in: nl (default) or en. */
  lang?: Lang;
}

const KEYS: Record<keyof DashboardConfig, string[]> = {
  title: ['title', 'titel'],
  school: ['school', 'schoolnaam'],
  sections: ['sections', 'secties', 'volgorde'],
  intro: ['intro', 'inleiding'],
  hinge: ['hinge', 'scharnierpunt'],
  periods: ['periods', 'periodes', 'perioden'],
  columns: ['columns', 'kolommen'],
  lang: ['lang', 'taal'],
};

const problem = (file: string, text: string) => new LzmDataError('gen.error.config', { problem: text }, { file, line: 1, column: 1 });

/** True for an object that looks like a dashboard.json (and not like a data file). */
export function isConfig(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && Object.keys(value).some((key) => Object.values(KEYS).some((aliases) => aliases.includes(key)))
    && !('influences' in value);
}

/** Validates a parsed dashboard.json; collects every problem. */
export function readConfig(value: unknown, file: string, knownSections: readonly string[], errors: LzmDataError[]): DashboardConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(problem(file, '{ "title": …, "school": …, "sections": [...], "intro": { … } }'));
    return {};
  }
  const record = value as Record<string, unknown>;
  const pick = (key: keyof DashboardConfig) => KEYS[key].map((alias) => record[alias]).find((item) => item !== undefined);
  const config: DashboardConfig = {};
  for (const key of ['title', 'school'] as const) {
    const item = pick(key);
    if (item === undefined) continue;
    if (typeof item === 'string') config[key] = item;
    else errors.push(problem(file, `"${key}": text`));
  }
  const sections = pick('sections');
  if (sections !== undefined) {
    if (!Array.isArray(sections) || sections.some((item) => typeof item !== 'string')) errors.push(problem(file, '"sections": ["pupils", "influences", …]'));
    else {
      for (const name of sections as string[]) {
        if (!knownSections.includes(name)) {
          errors.push(new LzmDataError('gen.error.unknownSection', { name, known: knownSections.join(', ') }, { file, line: 1, column: 1 }));
        }
      }
      config.sections = sections as string[];
    }
  }
  const intro = pick('intro');
  if (intro !== undefined) {
    if (typeof intro !== 'object' || intro === null || Array.isArray(intro) || Object.values(intro).some((item) => typeof item !== 'string')) {
      errors.push(problem(file, '"intro": { "pupils": "…", "influences": "…" }'));
    } else config.intro = intro as Record<string, string>;
  }
  const hinge = pick('hinge');
  if (hinge !== undefined) config.hinge = readHinge(hinge, file, errors);
  const periods = pick('periods');
  if (periods !== undefined) {
    if (!Array.isArray(periods) || periods.some((item) => typeof item !== 'string' && typeof item !== 'number')) errors.push(problem(file, '"periods": ["P1", "P2", …]'));
    else config.periods = periods.map(String);
  }
  const columns = pick('columns');
  if (columns !== undefined) config.columns = readColumnMap(columns, file, errors);
  const lang = pick('lang');
  if (lang !== undefined) {
    if (lang === 'nl' || lang === 'en') config.lang = lang;
    else errors.push(problem(file, '"lang": "nl" or "en"'));
  }
  return config;
}
