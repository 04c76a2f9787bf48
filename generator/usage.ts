import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { parseNumber } from '../components/core/numbers.js';
import type { MessageParams } from '../components/core/locale.js';
import type { GeneratorMessageKey } from './messages.js';
import { HINGE_MAX, HINGE_MIN } from './hinge.js';
import { expandInputs } from './read.js';

/** A usage problem (exit 2): a message key of generator/messages.ts and its parameters. */
export interface UsageProblem {
  key: GeneratorMessageKey;
  params: MessageParams;
}

/** The real path of a file, or its absolute path when it does not exist (yet). */
async function real(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * What is wrong with `--out` (undefined when nothing): empty, a directory (or a name ending in a
 * path separator), or one of the inputs, a file in an input folder included: writing there
 * would replace the school's own export with the dashboard.
 */
export async function outProblem(out: string, inputs: readonly string[], config?: string): Promise<UsageProblem | undefined> {
  if (out.trim() === '') return { key: 'gen.usage.outEmpty', params: {} };
  const isDirectory = await stat(out).then((info) => info.isDirectory(), () => false);
  if (isDirectory || out.endsWith('/') || out.endsWith(sep)) {
    return { key: 'gen.usage.outDirectory', params: { out, folder: out.replace(/[\\/]+$/, '') || out } };
  }
  const target = await real(out);
  // The files the run would read (problems with them are reported by the run itself).
  const read = await expandInputs(inputs, []);
  for (const input of [...read.files, ...[config ?? read.config].filter((file) => file !== undefined)]) {
    if ((await real(input)) === target) return { key: 'gen.usage.outIsInput', params: { out, input } };
  }
  return undefined;
}

/** `--hinge` read like a number in the data ("0,40", "0.40"), within HINGE_MIN–HINGE_MAX. */
export function parseHinge(value: string): number {
  let hinge: number | undefined;
  try {
    hinge = parseNumber(value);
  } catch {
    hinge = undefined;
  }
  if (hinge === undefined || hinge < HINGE_MIN || hinge > HINGE_MAX) throw new RangeError(value);
  return hinge;
}
