import type { ReactiveController, ReactiveElement } from 'lit';
import { langOf, type Lang } from './locale.js';

/** Every connected element: a `lang` change anywhere above one may change its language. */
const following = new Set<ReactiveElement>();

/** The roots (the document, shadow roots) whose `lang` attributes are watched. */
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * The language of an element, `lang`: its own `lang`, else the closest ancestor's (across shadow
 * roots), else nl. Renders the element again when that may have changed: when a `lang` attribute
 * above it changes (in the document or in a shadow root it is drawn in), and when it is connected
 * (it may have moved under another one); its own `lang` is an observed attribute of the element.
 * One observer for the page: `lang` changes are rare, so each one simply renders every element
 * again. Under Lit SSR controllers are never connected and only the element's own `lang` counts.
 */
export class LanguageController implements ReactiveController {
  private readonly host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  /** Looked up when asked (while rendering): the tree may have changed since the last render. */
  get lang(): Lang {
    return langOf(this.host);
  }

  hostConnected(): void {
    following.add(this.host);
    // Each root up to the document: a MutationObserver does not look into shadow roots.
    for (let root = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      if (!watched.has(root)) {
        watched.add(root);
        observer ??= new MutationObserver(() => following.forEach((host) => host.requestUpdate()));
        observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      }
      if (!(root instanceof ShadowRoot)) break;
    }
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    following.delete(this.host);
  }
}
