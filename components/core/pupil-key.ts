/**
 * A pupil id as a 53-bit hash (two FNV-1a variants). The distinct-pupil count and the pairing of
 * sittings need no names, and keeping the id strings would keep the whole file's text alive (V8
 * shares substrings with it). 250,000 pupils collide with a probability of about 1 in 300 million.
 */
export function pupilKey(...parts: string[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const id of parts) {
    for (let i = 0; i < id.length; i++) {
      const code = id.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
    // A separator, so ("ab", "c") and ("a", "bc") differ.
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
