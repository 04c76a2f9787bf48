/**
 * Typings of the lzm-kit elements for Svelte 5 (svelte-check): `import type {} from 'lzm-kit/svelte';`
 * once, e.g. in src/app.d.ts. Svelte sets a prop as a DOM property when the element has one,
 * otherwise as an attribute; `onlzm-error={...}` (Svelte 5) and `on:lzm-error` (Svelte 4 syntax)
 * listen to the `lzm-error` event.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { LzmElementProps, LzmElements, LzmTagName } from './elements.js';

export type * from './elements.js';

/** Svelte 4's `on:<event>` directives for one element. */
export type LzmSvelteEventDirectives<Tag extends LzmTagName> = {
  [E in keyof LzmElements[Tag]['events'] as `on:${E & string}`]?: (event: LzmElements[Tag]['events'][E]) => void;
};

/** Svelte attributes of one lzm-kit element: Svelte's HTML attributes plus the element's API. */
export type LzmSvelteProps<Tag extends LzmTagName> = Omit<HTMLAttributes<LzmElements[Tag]['element']>, keyof LzmElementProps<Tag>> &
  LzmElementProps<Tag> &
  LzmSvelteEventDirectives<Tag>;

/** The lzm-kit elements as Svelte elements. */
export type LzmSvelteElements = { [Tag in LzmTagName]: LzmSvelteProps<Tag> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends LzmSvelteElements {}
}
