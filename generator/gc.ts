import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8's full collection, for the generator to ask for after a big drawing. Lit SSR keeps an
 * element's whole template tree alive while it renders it (a 5,000-row effect plot: tens of MiB),
 * so V8 promotes that tree to the old generation, which it collects only once the heap has grown
 * a lot: a board's page peaked at 372 MiB, 264 MiB with a collection after each big drawing
 * (issue 19). `--expose-gc` set at run time and `gc` taken from a new context is how Jest asks for
 * one; where a runtime refuses, nothing is collected early and nothing else changes.
 */
export const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // no early collection
  }
  return () => undefined;
})();
