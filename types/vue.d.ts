/**
 * Template typings of the lzm-kit elements for Vue 3 (vue-tsc / Vue - Official):
 * `import type {} from 'lzm-kit/vue';` once, e.g. in src/env.d.ts. Tell Vue's compiler the tags are
 * custom elements (`compilerOptions.isCustomElement: (tag) => tag.startsWith('lzm-')`). Vue sets a
 * binding as a DOM property when the element has one (`:value`, `:data`), and `@lzm-error` listens
 * to the `lzm-error` event. This follows Vue's guide for typing non-Vue web components.
 */
import type { EmitFn, HTMLAttributes } from 'vue';
import type { LzmElements, LzmTagName } from './elements.js';

export type * from './elements.js';

type Events<Tag extends LzmTagName> = LzmElements[Tag]['events'];

/** `onLzmError`-style listener props, which `@lzm-error` in a template checks against. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
export type LzmVueEventProps<Tag extends LzmTagName> = {
  [E in keyof Events<Tag> as `on${Capitalize<CamelCase<E & string>>}`]?: (event: Events<Tag>[E]) => void;
};

/**
 * Attributes Vue cannot bind as a property: Vue binds `:ci-low` to the `ciLow` property itself, so
 * only attributes without a camelCase property remain (those of `<lzm-feedback-item>`).
 */
export type LzmVueAttributes<Tag extends LzmTagName> = {
  [A in keyof LzmElements[Tag]['attributes'] as CamelCase<A & string> extends keyof LzmElements[Tag]['properties'] ? never : A]?: LzmElements[Tag]['attributes'][A];
};

/** Template props of one lzm-kit element: Vue's HTML attributes plus the element's properties and events. */
export type LzmVueProps<Tag extends LzmTagName> = Omit<HTMLAttributes, keyof LzmElements[Tag]['properties'] | keyof LzmVueAttributes<Tag>> &
  Partial<LzmElements[Tag]['properties']> &
  LzmVueAttributes<Tag> &
  LzmVueEventProps<Tag>;

/** One lzm-kit element as Vue sees a globally known custom element. */
export type LzmVueElement<Tag extends LzmTagName> = new () => LzmElements[Tag]['element'] & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: LzmVueProps<Tag>;
  /** @deprecated For template type checking only; not a method of the element. */
  $emit: EmitFn<{ [E in keyof Events<Tag>]: (event: Events<Tag>[E]) => void }>;
};

/** The lzm-kit elements as Vue global components (template type checking). */
export type LzmVueElements = { [Tag in LzmTagName]: LzmVueElement<Tag> };

declare module 'vue' {
  interface GlobalComponents extends LzmVueElements {}
}
