/**
 * A set of 53-bit row keys (hashes) with the file and line each was first seen on, in typed arrays
 * with open addressing. A Map<number, …> boxes every key that is not a small integer: for a million
 * rows that costs ~70 MB and a second; this costs 16–32 bytes a row.
 */
export class RowKeys {
  private keys = new Float64Array(1024);
  private lines = new Int32Array(1024);
  private files = new Int32Array(1024);
  private size = 0;

  /**
   * Where `key` was first seen, as `{ file, line }` (`file` is the caller's file index), or
   * undefined after recording it at `file` and `line`.
   */
  firstSeen(key: number, file: number, line: number): { file: number; line: number } | undefined {
    const stored = key === 0 ? 1 : key;
    let mask = this.keys.length - 1;
    let slot = this.slotOf(stored, mask);
    while (this.keys[slot] !== 0) {
      if (this.keys[slot] === stored) return { file: this.files[slot], line: this.lines[slot] };
      slot = (slot + 1) & mask;
    }
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      mask = this.keys.length - 1;
      slot = this.slotOf(stored, mask);
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.keys[slot] = stored;
    this.lines[slot] = line;
    this.files[slot] = file;
    this.size++;
    return undefined;
  }

  private slotOf(key: number, mask: number): number {
    // The low 32 bits are well mixed (FNV-1a); the 53-bit key is exact in a double.
    return (key % 0x100000000) & mask;
  }

  private grow(): void {
    const { keys, lines, files } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Int32Array(keys.length * 2);
    this.files = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      let slot = this.slotOf(keys[i], mask);
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i];
      this.lines[slot] = lines[i];
      this.files[slot] = files[i];
    }
  }
}
