import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { createWriteStream, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { chunksOf, type Html } from './chunks.js';

/** A file that could not be written, and why (an errno code, or `notFile` for a folder in the way). */
export class WriteError extends Error {
  constructor(readonly path: string, readonly code: string) {
    super(`${path}: ${code}`);
    this.name = 'WriteError';
  }
}

/** `.dashboard.html.<pid>.<8 hex>.tmp`: the temporary file of `name` written by process `pid`. */
const tempName = (name: string, pid: number, tag: string) => `.${name}.${pid}.${tag}.tmp`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files a killed run left beside `path` (a `--pupil-report` one holds pupil
 * names): only our own pattern for that file name, and only when the run that wrote it is gone.
 */
export async function removeStaleTemps(path: string): Promise<void> {
  const name = basename(path);
  const prefix = `.${name}.`;
  let entries: string[];
  try {
    entries = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const match = /^(\d+)\.([0-9a-f]{8})\.tmp$/.exec(entry.slice(prefix.length));
    if (match && !alive(Number(match[1]))) await rm(join(dirname(path), entry), { force: true });
  }
}

/**
 * Writes files all-or-nothing: each goes to a temporary file in its own directory (same file
 * system, so rename is atomic); only when every one is written and no target is a folder (or
 * anything but a file) are they renamed into place. On any failure, or SIGINT/SIGTERM meanwhile,
 * the temporary files are removed and existing files are left untouched. Stale temporary files
 * of a killed run are removed first. Throws a WriteError naming the file.
 *
 * A file's content may be a stream of parts (a dashboard): it is rendered while it is written,
 * with backpressure, so the page is never whole in memory. A part that fails to render fails the
 * write like a full disk does (that error is rethrown as it is). Resolves to each file's size in bytes.
 */
export async function writeAtomically(files: ReadonlyArray<{ path: string; content: Html }>): Promise<number[]> {
  const temps: Array<{ temp: string; path: string }> = [];
  const sizes: number[] = [];
  const cleanUp = () => {
    for (const { temp } of temps) rmSync(temp, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let current = files[0]?.path ?? '';
  try {
    for (const { path, content } of files) {
      current = path;
      await mkdir(dirname(path), { recursive: true });
      await removeStaleTemps(path);
      const temp = join(dirname(path), tempName(basename(path), process.pid, randomBytes(4).toString('hex')));
      temps.push({ temp, path });
      const out = createWriteStream(temp, { flags: 'wx' });
      await pipeline(chunksOf(content), out);
      sizes.push(out.bytesWritten);
    }
    for (const { path } of temps) {
      current = path;
      const info = await stat(path).catch(() => undefined);
      if (info && !info.isFile()) throw new WriteError(path, 'notFile');
    }
    for (const { temp, path } of temps) {
      current = path;
      await rename(temp, path);
    }
    return sizes;
  } catch (error) {
    cleanUp();
    if (error instanceof WriteError) throw error;
    const { code } = error as NodeJS.ErrnoException;
    // Not the file system's: a page that failed to render. Nothing was written; say what failed.
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
    throw new WriteError(current, code);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
