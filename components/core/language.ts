import type { ReactiveController, ReactiveElement } from 'lit';
import { langOf, type Lang } from './locale.js';

/** Every connected element's controller: a `lang` change anywhere above one may change its language. */
const following = new Set<LanguageController>();

/** The roots (the document, shadow roots) whose `lang` attributes are watched. */
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** One observer for the page: `lang` changes are rare, so each one simply asks every element again. */
function watch(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver(() => following.forEach((controller) => controller.follow()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The UI language of an element: its own `lang`, else the closest ancestor's (across shadow
 * roots), else nl. Resolved before each update; when an ancestor's `lang` changes (or the element
 * moves under another one), the element renders again. Under Lit SSR only the element's own `lang`
 * counts (there is no tree to climb, and controllers are not connected).
 */
export class LanguageController implements ReactiveController {
  private readonly host: ReactiveElement;
  private resolved?: Lang;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  /** The language to render in. */
  get lang(): Lang {
    return (this.resolved ??= langOf(this.host));
  }

  /** Looks the language up again; called by the element before each update (its willUpdate needs it). */
  resolve(): Lang {
    return (this.resolved = langOf(this.host));
  }

  hostConnected(): void {
    following.add(this);
    // Watch each root up to the document: a MutationObserver does not look into shadow roots.
    for (let root = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      watch(root);
      if (!(root instanceof ShadowRoot)) break;
    }
    this.follow();
  }

  hostDisconnected(): void {
    following.delete(this);
  }

  /** Renders again when the language it last rendered in is no longer the one in force. */
  follow(): void {
    if (this.resolved !== undefined && langOf(this.host) !== this.resolved) this.host.requestUpdate();
  }
}
