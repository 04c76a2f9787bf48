/**
 * A set of pupil keys (pupilKey's 53-bit numbers) that only counts: open addressing in one
 * Float64Array. A Set<number> of a quarter million such keys (not small integers, so each is a
 * heap object) cost about a third of the generator's time per row; this is a few ns per add.
 * Same interface as the Set it replaces: add(key) and size.
 */
export class PupilIdSet {
  /** key + 1 per slot (0 = empty); keys are integers below 2^53, so key + 1 stays exact. */
  private slots = new Float64Array(1 << 12);
  private mask = (1 << 12) - 1;
  size = 0;

  add(key: number): this {
    const stored = key + 1;
    let slot = this.slotOf(key);
    const { slots, mask } = this;
    for (;;) {
      const value = slots[slot];
      if (value === stored) return this;
      if (value === 0) break;
      slot = (slot + 1) & mask;
    }
    slots[slot] = stored;
    if (++this.size * 2 > slots.length) this.grow();
    return this;
  }

  has(key: number): boolean {
    const stored = key + 1;
    const { slots, mask } = this;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const value = slots[slot];
      if (value === stored) return true;
      if (value === 0) return false;
    }
  }

  /** Mixes the high and low parts of the key (both are hash bits) into a slot. */
  private slotOf(key: number): number {
    const low = key % 0x200000;
    const high = (key - low) / 0x200000;
    return (Math.imul(high | 0, 0x9e3779b1) ^ low) & this.mask;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    this.mask = this.slots.length - 1;
    const { slots, mask } = this;
    for (const value of old) {
      if (value === 0) continue;
      let slot = this.slotOf(value - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = value;
    }
  }
}
