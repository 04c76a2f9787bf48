// The empty page of the forest-plot bench: the same page and harness, no library, nothing drawn.
// Its load time is subtracted from the others' ("above an empty page").
export function mount(cell) {
  return cell;
}
export function set() {}
export function settled() {}
export const drawn = () => true;
export const count = () => 320;
