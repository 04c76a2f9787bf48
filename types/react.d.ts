/**
 * JSX typings of the lzm-kit elements for React 19: `import type {} from 'lzm-kit/react';` once in
 * the app. React 19 sets a prop as a DOM property when the element has one (`value`, `ciLow`,
 * `data`), otherwise as an attribute (`ci-low`), and binds `onlzm-error` to the `lzm-error` event.
 * Import the element (`import 'lzm-kit/barometer'`) before rendering, so its properties exist.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LzmElementProps, LzmElements, LzmTagName } from './elements.js';

export type * from './elements.js';

/** React props of one lzm-kit element: React's HTML attributes plus the element's API. */
export type LzmReactProps<Tag extends LzmTagName> = Omit<
  DetailedHTMLProps<HTMLAttributes<LzmElements[Tag]['element']>, LzmElements[Tag]['element']>,
  keyof LzmElementProps<Tag>
> &
  LzmElementProps<Tag>;

/** The lzm-kit elements as React intrinsic elements. */
export type LzmReactElements = { [Tag in LzmTagName]: LzmReactProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends LzmReactElements {}
  }
}
