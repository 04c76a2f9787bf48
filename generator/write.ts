import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes files all-or-nothing: each goes to a temporary file in its own directory (same file
 * system, so rename is atomic) and only when every one is written are they renamed into place.
 * On any failure the temporary files are removed and existing files are left untouched.
 */
export async function writeAtomically(files: ReadonlyArray<{ path: string; content: string }>): Promise<void> {
  const temps: Array<{ temp: string; path: string }> = [];
  try {
    for (const { path, content } of files) {
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push({ temp, path });
      await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    }
    for (const { temp, path } of temps) await rename(temp, path);
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}
