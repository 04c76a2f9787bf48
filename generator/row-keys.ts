import { KeySet } from './key-set.js';

/** Row keys (pupilKey's hashes) with the file and line each was first seen on. */
export class RowKeys {
  private readonly keys = new KeySet();
  private lines = new Int32Array(1024);
  private files = new Int32Array(1024);

  /**
   * Where `key` was first seen, as `{ file, line }` (`file` is the caller's file index), or
   * undefined after recording it at `file` and `line`.
   */
  firstSeen(key: number, file: number, line: number): { file: number; line: number } | undefined {
    const size = this.keys.size;
    const index = this.keys.add(key);
    if (index < size) return { file: this.files[index], line: this.lines[index] };
    if (index === this.lines.length) {
      this.lines = grown(this.lines);
      this.files = grown(this.files);
    }
    this.lines[index] = line;
    this.files[index] = file;
    return undefined;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
