// Start tags of a serialized HTML text as attribute maps, for tests that check what an element or
// page was given (its attributes) without depending on the order they were written in.

/** The start tags named `name` (case-insensitive) in `html`, in document order, each as its attributes. */
export function startTags(html: string, name: string): Array<Record<string, string>> {
  const tags: Array<Record<string, string>> = [];
  for (const tag of html.matchAll(new RegExp(`<${name}(?=[\\s>/])([^>]*)>`, 'gi'))) {
    const attributes: Record<string, string> = {};
    for (const [, key, double, single, bare] of tag[1].matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes[key.toLowerCase()] = double ?? single ?? bare ?? '';
    }
    tags.push(attributes);
  }
  return tags;
}

/**
 * The first `name` tag whose attributes include all of `wanted` (a string must be equal, a
 * RegExp must match), or undefined. Other attributes and their order do not matter.
 */
export function findTag(html: string, name: string, wanted: Record<string, string | RegExp>): Record<string, string> | undefined {
  return startTags(html, name).find((attributes) =>
    Object.entries(wanted).every(([key, value]) => key in attributes && (typeof value === 'string' ? attributes[key] === value : value.test(attributes[key]))),
  );
}
