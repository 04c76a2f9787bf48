/**
 * Framework-neutral typings of the lzm-kit elements, for JSX libraries without their own entry
 * here (Solid, Stencil, a hand-made `jsx` factory). Add them to your JSX namespace, e.g.
 *
 *     import type { LzmIntrinsicElements } from 'lzm-kit/jsx';
 *     declare module 'solid-js' {
 *       namespace JSX { interface IntrinsicElements extends LzmIntrinsicElements {} }
 *     }
 *
 * Listener props use the `on<event-name>` form (`onlzm-error`); check how your library binds
 * custom events.
 */
import type { LzmElementProps, LzmTagName } from './elements.js';

export type * from './elements.js';

/** Global HTML attributes every element accepts. */
export interface LzmGlobalAttributes {
  id?: string;
  class?: string;
  lang?: string;
  slot?: string;
  title?: string;
  hidden?: boolean;
  part?: string;
  tabindex?: number | string;
  style?: string;
}

/** The lzm-kit elements as intrinsic elements of a JSX namespace. */
export type LzmIntrinsicElements = { [Tag in LzmTagName]: Omit<LzmGlobalAttributes, keyof LzmElementProps<Tag>> & LzmElementProps<Tag> };
