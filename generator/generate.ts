import { readFile, stat } from 'node:fs/promises';
import { LzmDataError, toDataError } from '../components/core/errors.js';
import { parseJson } from '../components/core/load.js';
import type { Lang } from '../components/core/locale.js';
import { DEFAULT_HINGE } from '../components/core/zones.js';
import { isConfig, readConfig, type DashboardConfig } from './config.js';
import { t } from './messages.js';
import { pupilReports } from './pupil-report.js';
import { expandInputs, MAX_JSON_BYTES, readInput, readText, type Progress, type Source } from './read.js';
import { renderPage, type Theme } from './render.js';
import type { Html } from './chunks.js';
import { InfluenceSection } from './sections/influences.js';
import { LandscapeSection } from './sections/landscape.js';
import { LegendSection } from './sections/legend.js';
import { PupilSection } from './sections/pupils.js';
import { SengeSection } from './sections/senge.js';
import type { Problems, Section, Settings } from './sections/section.js';

export interface GenerateOptions {
  inputs: string[];
  out: string;
  title?: string;
  lang: Lang;
  theme: Theme;
  minGroup: number;
  /** `--hinge`; when not given, dashboard.json's `hinge.default`, else 0.40. */
  hinge?: number;
  config?: string;
  pupilReport?: string;
  /** The runtime bundle's text; read from dist/runtime when not given. */
  runtime?: string;
  now?: Date;
  progress?: Progress;
}

export interface GenerateResult {
  /**
   * Files to write (the dashboard first); empty when there are errors. The dashboard's content is
   * a stream that renders as it is written (writeAtomically), once.
   */
  files: Array<{ path: string; content: Html }>;
  errors: LzmDataError[];
  /** Every warning, for stderr (the published ones are also in the page). */
  warnings: string[];
  sources: Source[];
}

/** Where the runtime bundle is: beside the built CLI (dist/generator → dist/runtime) or from the sources. */
const RUNTIME_CANDIDATES = ['../runtime/lzm-kit.js', '../dist/runtime/lzm-kit.js'];

export async function readRuntime(): Promise<string> {
  for (const candidate of RUNTIME_CANDIDATES) {
    try {
      return await readFile(new URL(candidate, import.meta.url), 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new LzmDataError('gen.error.runtime', { path: new URL(RUNTIME_CANDIDATES[1], import.meta.url).pathname });
}

/** Where the theme files are: the package's themes/ folder, from dist/generator or from the sources. */
const THEME_CANDIDATES = ['../../themes/', '../themes/'];

/** A theme file's text (themes/<name>.css), read as it is: the page never keeps its own copy. */
export async function readTheme(name: Theme | 'print'): Promise<string> {
  for (const candidate of THEME_CANDIDATES) {
    try {
      return await readFile(new URL(`${candidate}${name}.css`, import.meta.url), 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new LzmDataError('gen.error.runtime', { path: new URL(`${THEME_CANDIDATES[1]}${name}.css`, import.meta.url).pathname });
}

/**
 * The page's own style or script (generator/page/), read as it is: from the sources, or from
 * dist/generator/page/, where the build puts them beside the built generator.
 */
async function readPageFile(name: 'page.css' | 'page-script.js'): Promise<string> {
  const url = new URL(`./page/${name}`, import.meta.url);
  try {
    return await readFile(url, 'utf8');
  } catch {
    throw new LzmDataError('gen.error.runtime', { path: url.pathname });
  }
}

/** Sections in their default order; a section module is all it takes to add one. */
function createSections(settings: Settings, problems: Problems): Section[] {
  return [
    new PupilSection(settings, problems),
    new InfluenceSection(settings, problems),
    new LandscapeSection(settings, problems),
    new SengeSection(settings, problems),
    new LegendSection(settings, problems),
  ];
}

/** Inputs → the dashboard (and pupil reports), or every problem found. Writes nothing. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const problems: Problems = { errors: [], warnings: [], lang: options.lang };
  const settings: Settings = { lang: options.lang, hinge: options.hinge ?? DEFAULT_HINGE, minGroup: options.minGroup, keepPupils: Boolean(options.pupilReport) };
  const sections = createSections(settings, problems);
  const { files, config: folderConfig } = await expandInputs(options.inputs, problems.errors);

  let config: DashboardConfig = {};
  const configFile = options.config ?? folderConfig;
  if (configFile) {
    try {
      config = readConfig(parseJson(await readText(configFile), configFile), configFile, sections.map((s) => s.id), problems.errors);
      settings.columns = config.columns;
    } catch (error) {
      problems.errors.push(toDataError(error, { file: configFile }));
    }
  }

  const sources: Source[] = [];
  for (const file of files) {
    if (!options.config && file.toLowerCase().endsWith('.json')) {
      // A dashboard.json given as a plain input is the config, not data.
      try {
        // Too large to be a config: readInput says so without parsing it.
        if ((await stat(file)).size > MAX_JSON_BYTES) throw new Error('too large');
        const value = parseJson(await readText(file), file);
        if (isConfig(value)) {
          config = readConfig(value, file, sections.map((s) => s.id), problems.errors);
          settings.columns = config.columns;
          continue;
        }
      } catch {
        // readInput reports it with its location
      }
    }
    const source = await readInput(file, sections, problems, options.progress);
    if (source) sources.push(source);
  }

  // Sections read these at render time, so a dashboard.json given after the data still counts.
  settings.hinge = options.hinge ?? config.hinge?.default ?? DEFAULT_HINGE;
  settings.hinges = config.hinge;
  settings.periods = config.periods;

  for (const section of sections) section.finish?.();
  const pupils = sections.find((section): section is PupilSection => section instanceof PupilSection)!;
  pupils.collectWarnings();
  const warnings = problems.warnings.map((warning) => warning.text);
  let runtime = options.runtime;
  if (runtime === undefined && problems.errors.length === 0) {
    try {
      runtime = await readRuntime();
    } catch (error) {
      problems.errors.push(error as LzmDataError);
    }
  }
  if (problems.errors.length > 0) {
    // Always file:line:column, so editors can jump to it; a whole-file problem points at its start.
    const errors = problems.errors.map((error) => (error.file === undefined ? error : error.at({ line: 1, column: 1 })));
    return { files: [], errors, warnings, sources };
  }

  const order = [...(config.sections ?? []), ...sections.map((section) => section.id)];
  const shown = sections
    .filter((section) => section.hasData())
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const textLang = config.lang ?? 'nl';
  settings.textLang = textLang;
  const rendered = [];
  for (const section of shown) rendered.push(await section.render(config.intro?.[section.id]));
  const page = renderPage({
    lang: options.lang,
    theme: options.theme,
    title: options.title ?? config.title ?? t(options.lang, 'page.title'),
    school: config.school,
    generated: options.now ?? new Date(),
    sources,
    summary: pupils.hasData() ? pupils.summary() : undefined,
    minGroup: options.minGroup,
    sections: rendered,
    notes: problems.warnings.filter((warning) => warning.publish).map((warning) => warning.text),
    runtime: runtime!,
    themeCss: await readTheme(options.theme),
    printCss: await readTheme('print'),
    pageCss: await readPageFile('page.css'),
    pageScript: await readPageFile('page-script.js'),
    textLang,
  });
  const out: GenerateResult['files'] = [{ path: options.out, content: page }];
  if (options.pupilReport) for (const report of pupilReports(pupils.cells, options.pupilReport, options.lang)) out.push(report);
  return { files: out, errors: [], warnings, sources };
}
