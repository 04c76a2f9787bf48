import { VERSION } from './version.js';

const versionKey = Symbol.for('lzm-kit.version');

type VersionedConstructor = CustomElementConstructor & { [versionKey]?: string };

/**
 * Registers a custom element once. Two publishers' scripts on one page may both carry lzm-kit:
 * the second `define` is skipped instead of throwing, with a warning when the versions differ.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    const version = existing[versionKey];
    if (existing !== constructor && version !== VERSION) {
      console.warn(`lzm-kit: <${tag}> is already defined by lzm-kit ${version ?? '(unknown version)'}; ${VERSION} is not registered.`);
    }
    return;
  }
  (constructor as VersionedConstructor)[versionKey] = VERSION;
  customElements.define(tag, constructor);
}
