import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../components/core/locale.js';
import { VERSION } from '../components/core/version.js';
import { generate } from './generate.js';
import { t, type GeneratorMessageKey } from './messages.js';
import type { Theme } from './render.js';
import { HINGE_MAX, HINGE_MIN } from './hinge.js';
import { sourceDate } from './source-date.js';
import { outProblem, parseHinge } from './usage.js';
import { writeAtomically, WriteError } from './write.js';

/** At most this many errors are printed; the rest are counted. */
const ERROR_CAP = 50;

const positiveInteger = (value: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return Number(value);
};

const hingeValue = (value: string): number => {
  try {
    return parseHinge(value);
  } catch {
    throw new InvalidArgumentError(`expected a number from ${HINGE_MIN} to ${HINGE_MAX}, such as 0.40 or 0,40`);
  }
};

interface CliOptions {
  out: string;
  title?: string;
  lang: Lang;
  theme: Theme;
  minGroup: number;
  hinge: number;
  config?: string;
  pupilReport?: string;
}

/**
 * Runs the CLI and resolves to its exit code: 0 done, 1 bad input (every problem printed), 2 wrong
 * usage. Output streams are parameters so tests can run it in-process too.
 */
export async function main(argv: string[], stdout = process.stdout, stderr = process.stderr): Promise<number> {
  const program = new Command('lzm-dashboard')
    .description('Builds one self-contained HTML dashboard (Leren Zichtbaar Maken) from a school\'s CSV/JSON exports.')
    .version(VERSION, '-V, --version')
    .argument('<file-or-folder...>', 'CSV/JSON files, or folders (every CSV/JSON in them, and their dashboard.json)')
    .option('-o, --out <file>', 'the HTML file to write', 'dashboard.html')
    .option('--title <text>', 'page title (else dashboard.json, else a default)')
    .addOption(new Option('--lang <lang>', 'language of the page and the messages').choices(['nl', 'en']).default('nl'))
    .addOption(new Option('--theme <theme>', 'colour theme').choices(['default', 'dark', 'high-contrast']).default('default'))
    .option('--min-group <n>', 'smallest group whose numbers are shown (privacy)', positiveInteger, 5)
    .option('--hinge <d>', 'hinge point (scharnierpunt); dashboard.json can set its own per subject and year', hingeValue, 0.4)
    .option('--config <file>', 'dashboard.json with title, school, section order and intro texts')
    .option('--pupil-report <dir>', 'also write one teacher-only file per group with per-pupil gains (NOT for publication)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) });

  let inputs: string[];
  let options: CliOptions;
  try {
    program.parse(argv, { from: 'user' });
    inputs = program.args;
    options = program.opts<CliOptions>();
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return done ? 0 : 2;
    }
    throw error;
  }

  const { lang } = options;
  const usage = await outProblem(options.out, inputs, options.config);
  if (usage) {
    stderr.write(`${t(lang, usage.key, usage.params)}\n`);
    return 2;
  }
  let now: Date | undefined;
  try {
    now = sourceDate();
  } catch {
    stderr.write(`${t(lang, 'gen.usage.sourceDate', { value: process.env.SOURCE_DATE_EPOCH ?? '' })}\n`);
    return 2;
  }
  const progress = stderr.isTTY
    ? (file: string, fraction: number) => stderr.write(`\r${file}: ${Math.round(fraction * 100)}%`)
    : undefined;
  // An explicit --hinge wins over dashboard.json's default; the built-in 0.40 does not.
  const hinge = program.getOptionValueSource('hinge') === 'cli' ? options.hinge : undefined;
  const result = await generate({ inputs, ...options, hinge, now, progress });
  if (progress) stderr.write('\r\x1b[K');
  for (const warning of result.warnings) stderr.write(`${warning}\n`);
  if (result.errors.length > 0) {
    for (const error of result.errors.slice(0, ERROR_CAP)) stderr.write(`${error.format(lang)}\n`);
    if (result.errors.length > ERROR_CAP) stderr.write(`${t(lang, 'gen.error.more', { count: String(result.errors.length - ERROR_CAP) })}\n`);
    return 1;
  }
  let sizes: number[];
  try {
    sizes = await writeAtomically(result.files);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const known = ['notFile', 'EACCES', 'EPERM', 'ENOSPC', 'ENOTDIR', 'EROFS'].includes(error.code);
    stderr.write(`${t(lang, known ? `gen.write.${error.code}` as GeneratorMessageKey : 'gen.write.other', { path: error.path, code: error.code })}\n`);
    return 1;
  }
  result.files.forEach((file, index) => stdout.write(`${file.path} (${Math.round(sizes[index] / 1024)} KB)\n`));
  return 0;
}
