/**
 * Collects Lit's dev-mode warnings about one element in a test file, e.g. "scheduled an update
 * … after an update completed" (state set in updated()). Lit prints each warning once per page,
 * so a file checks them at its end (`after`), whichever test caused them.
 */
export function watchLitWarnings(tag: string): () => string[] {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).includes(`Element ${tag} `)) seen.push(String(args[0]));
    warn.apply(console, args);
  };
  return () => seen;
}
