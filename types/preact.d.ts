/**
 * JSX typings of the lzm-kit elements for Preact: `import type {} from 'lzm-kit/preact';` once in
 * the app. Preact sets a prop as a DOM property when the element has one, otherwise as an
 * attribute, and binds `onlzm-error` to the `lzm-error` event.
 */
import type { HTMLAttributes } from 'preact';
import type { LzmElementProps, LzmElements, LzmTagName } from './elements.js';

export type * from './elements.js';

/** Preact props of one lzm-kit element: Preact's HTML attributes plus the element's API. */
export type LzmPreactProps<Tag extends LzmTagName> = Omit<HTMLAttributes<LzmElements[Tag]['element']>, keyof LzmElementProps<Tag>> &
  LzmElementProps<Tag>;

/** The lzm-kit elements as Preact intrinsic elements. */
export type LzmPreactElements = { [Tag in LzmTagName]: LzmPreactProps<Tag> };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends LzmPreactElements {}
  }
}
