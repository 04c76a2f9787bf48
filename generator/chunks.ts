/**
 * HTML as the page is written: a string, or its parts in order (arrays, generators, async
 * generators), nested at any depth. A big table is a generator of rows and a section a generator
 * of its parts, so the page of a board's export is never one string in memory (issue 19).
 */
export type Html = string | Iterable<Html> | AsyncIterable<Html>;

/**
 * About this many UTF-16 units go to the file at a time: few writes, little held, and small
 * enough (32 KiB even as two-byte text) to stay out of V8's large-object space, which only a full
 * collection frees.
 */
const CHUNK = 16 * 1024;

type Step = IteratorResult<Html>;

/**
 * The parts of `html` joined into chunks of about `size` characters, in order. Sync parts are
 * walked without a promise per string (a board's table has 25,000 rows); an async part is
 * awaited. Pull-based: the consumer (a stream pipeline) decides when the next chunk is made.
 */
export async function* chunksOf(html: Html, size = CHUNK): AsyncGenerator<string> {
  const open: Array<Iterator<Html> | AsyncIterator<Html>> = [];
  let parts: string[] = [];
  let length = 0;
  const take = (part: Html) => {
    if (typeof part === 'string') {
      parts.push(part);
      length += part.length;
    } else {
      open.push(Symbol.asyncIterator in part ? part[Symbol.asyncIterator]() : part[Symbol.iterator]());
    }
  };
  take(html);
  try {
    while (open.length > 0) {
      const next: Step | Promise<Step> = open[open.length - 1].next();
      const step = 'then' in next ? await next : next;
      if (step.done) {
        open.pop();
        continue;
      }
      take(step.value);
      if (length >= size) {
        yield parts.join('');
        parts = [];
        length = 0;
      }
    }
    if (length > 0) yield parts.join('');
  } finally {
    // Stopped early (a failed write): let every open generator run its own clean-up.
    for (const iterator of open.reverse()) await iterator.return?.();
  }
}

/** The HTML of each item, made only when the page is written that far (a table's rows). */
export function* eachOf<T>(items: Iterable<T>, html: (item: T) => Html): Generator<Html> {
  for (const item of items) yield html(item);
}
