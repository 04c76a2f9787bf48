/**
 * A set of integer keys below 2^53 (pupilKey's hashes) in typed arrays with open addressing. A
 * Set<number> or Map<number, …> boxes every key that is not a small integer: for a million rows
 * that costs ~70 MB and a second; this is 12 bytes a slot and a few ns per add. Each key gets an
 * index, 0, 1, 2 … in the order keys were first added, for data the caller keeps beside it.
 */
export class KeySet {
  /** key + 1 per slot (0 = empty); keys are integers below 2^53, so key + 1 stays exact. */
  private slots = new Float64Array(1 << 10);
  private indexes = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;
  size = 0;

  /** Adds `key` if it is new; returns its index (a new key's index is the size before the add). */
  add(key: number): number {
    const stored = key + 1;
    const { slots, mask } = this;
    let slot = this.slotOf(key);
    for (;;) {
      const value = slots[slot];
      if (value === stored) return this.indexes[slot];
      if (value === 0) break;
      slot = (slot + 1) & mask;
    }
    slots[slot] = stored;
    const index = this.size++;
    this.indexes[slot] = index;
    if (this.size * 2 > slots.length) this.grow();
    return index;
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
    const { slots: oldSlots, indexes: oldIndexes } = this;
    this.slots = new Float64Array(oldSlots.length * 2);
    this.indexes = new Int32Array(oldSlots.length * 2);
    this.mask = this.slots.length - 1;
    const { slots, indexes, mask } = this;
    for (let i = 0; i < oldSlots.length; i++) {
      const value = oldSlots[i];
      if (value === 0) continue;
      let slot = this.slotOf(value - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = value;
      indexes[slot] = oldIndexes[i];
    }
  }
}
