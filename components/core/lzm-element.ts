import { LitElement, html, css, isServer, type CSSResult, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { LzmDataError, LzmErrorDetail } from './errors.js';
import { t, type Lang, type MessageParams } from './locale.js';
import type { LoadedData } from './load.js';
import type { Source } from './source.js';
import { numberAttribute, unreadableNumber } from './attributes.js';
import { LanguageController } from './language.js';
import * as theme from './theme-defaults.js';

/** `detail` of the `lzm-load` event. */
export interface LzmLoadDetail {
  file: string;
  kind: LoadedData['kind'];
}

/**
 * A data error known by its key before LzmDataError is loaded: `LzmElement.dataProblem` throws it
 * and `fail` turns it into an LzmDataError once the (lazy) error chunk is there.
 */
class DataProblem extends Error {
  readonly key: string;
  readonly params: MessageParams;

  constructor(key: string, params: MessageParams) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

/** Styles every element shares: host defaults, visually hidden text, the data table and its toggle (the error state's are in error-state.ts). */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--lzm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: ${theme.textColor};
    background: var(--lzm-background, transparent);
    font-size: var(--lzm-font-size, 1rem);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* The data table and its show/hide button, shared by every element that has one. */
  button {
    font: inherit;
    font-size: 0.85em;
    margin-top: 0.5em;
    padding: 0.3em 0.8em;
    border: 1px solid ${theme.mutedColor};
    border-radius: 4px;
    background: ${theme.background};
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid ${theme.focusColor};
    outline-offset: 2px;
  }
  table {
    max-width: 100%;
    border-collapse: collapse;
    margin-top: 0.5em;
    font-size: 0.85em;
  }
  caption {
    font-weight: 600;
    text-align: left;
  }
  th,
  td {
    border: 1px solid ${theme.borderColor};
    padding: 0.2em 0.5em;
    text-align: left;
  }
  th {
    /* Long names break rather than widen the table past a 320 px screen. */
    overflow-wrap: anywhere;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  @media print {
    button {
      display: none;
    }
    /* A collapsed table (hidden: not in the accessibility tree) is printed with its chart, unless
       the page prints its own (--lzm-print-table: none). */
    table[hidden] {
      display: var(--lzm-print-table, table);
    }
  }
`;

/** Lazily imported modules by element class and key, once loaded (server rendering only). */
const loadedModules = new WeakMap<object, Map<string, unknown>>();

/** Lazy imports not yet settled (server rendering only, see `LzmElement.importsSettled`). */
const inFlight = new Set<Promise<unknown>>();

type ErrorState = typeof import('./error-state.js');
/** The error chunk, once any element has loaded it: later failures (and a server render's next pass) use it at once. */
let errorState: ErrorState | undefined;

/**
 * Base of every lzm-kit element: language (LanguageController), `src` loading (a lazy chunk
 * with `@lit/task`, see source.ts), lazy imports, and the shared error state.
 * Subclasses turn data into their model in `willUpdate` with `attempt`, and render `renderError()`
 * while `failed`, `renderLoading()` while their model is not ready.
 */
export abstract class LzmElement extends LitElement {
  /** Lit reactive properties; the JSDoc of each is on its field below. */
  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { converter: numberAttribute },
    data: { attribute: false },
    error: { state: true },
    failed: { state: true },
  };

  /** URL of a JSON or CSV file to read the data from (relative to the page). */
  src?: string;

  /**
   * Milliseconds a `src` may take, from the request to its last byte, before the element shows
   * "geen antwoord binnen … s" and fires `lzm-error` (default 30000).
   */
  timeout?: number;

  /**
   * The data as a JavaScript value, in the same shapes as a JSON `src` (see each element), or a
   * `File`/`Blob` (a dropped or pasted CSV or JSON file), read like `src`.
   * Wins over attributes; `src` wins over it.
   */
  data?: unknown;

  /** The current data error, once its texts (a lazy chunk) are there; `failed` is true from the start. */
  protected error?: LzmDataError;

  /** True from the moment the data turned out bad until it is fine again: render `renderError()`. */
  protected failed = false;

  /** Renders the element again when the `lang` of an ancestor changes. */
  private readonly language = new LanguageController(this);

  /** The `src` loader, a lazy chunk: created when the element first has a file to read. */
  private source?: Source;

  private imports = new Map<string, Promise<unknown>>();
  private reportedError?: string;
  /** The `lzm-error` detail to fire once the error is on screen (in `updated`). */
  private pendingReport?: LzmErrorDetail;
  /** Counts fail/clearError calls, so an error chunk arriving late does not undo a later fix. */
  private failures = 0;
  /** The failure waiting for the error chunk: only the latest one is shown. */
  private pendingError?: { error: unknown; failure: number };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by disconnecting starts again when the element comes back.
    this.source?.resume();
  }

  /**
   * A page rendered on the server (Lit SSR, declarative shadow DOM) already shows the drawing. The
   * browser draws it again with the same data, now with its interaction, in place of that copy.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source?.abort();
  }

  /** The UI language: own `lang`, else the nearest ancestor's, else nl; follows changes of either. */
  protected get uiLang(): Lang {
    return this.language.lang;
  }

  /** Parsed content of `src` (or of a File/Blob in `.data`), once loaded. */
  protected get loaded(): LoadedData | undefined {
    return this.source?.loaded;
  }

  /** True while `src` loads (once the data layer, which holds the loading text, is there). */
  protected get loading(): boolean {
    return !!this.source?.loading;
  }

  /**
   * Imports a module once, on first need (a data reader, texts for an option), and hands it to
   * `use`, which stores it in a field; the element then renders again (the field need not be
   * reactive: a module is not state). `lzm-load` waits for these imports, so it fires when the
   * data is actually on screen. On the server a module
   * one instance has loaded is handed to the next instances at once, in the same update, so a
   * server render (Lit SSR, one update only) can draw everything. In the browser every instance
   * takes it in its next update, as elements always have: handing it over inside willUpdate put
   * the landscape's pointer editing a step off (its drag test).
   */
  protected lazyImport<T>(key: string, importer: () => Promise<T>, use: (module: T) => void): Promise<unknown> {
    let pending = this.imports.get(key);
    if (pending) return pending;
    if (!isServer) {
      pending = importer().then((module) => {
        use(module);
        this.requestUpdate();
      }, (error) => this.fail(error));
    } else {
      let modules = loadedModules.get(this.constructor);
      if (!modules) loadedModules.set(this.constructor, (modules = new Map()));
      const loaded = modules;
      if (loaded.has(key)) {
        use(loaded.get(key) as T);
        pending = Promise.resolve();
      } else {
        pending = importer().then((module) => {
          loaded.set(key, module);
          use(module);
          this.requestUpdate();
        }, (error) => this.fail(error));
        const settled = pending.finally(() => inFlight.delete(settled));
        inFlight.add(settled);
      }
    }
    this.imports.set(key, pending);
    return pending;
  }

  /**
   * The styles of lazy chunks that a server render may write into this kind's shadow roots: the
   * error state for every element, and an element's details (overridden there). Loaded up front
   * by prepareServerStyles, so every instance of a kind writes one and the same style block.
   */
  protected static serverStyleChunks(): Promise<CSSResult>[] {
    return [import('./error-state.js').then((module) => (errorState = module).errorStyles)];
  }

  /**
   * Server rendering only: joins every lazy style this kind can write (serverStyleChunks) to its
   * static styles, in one fixed order, before anything is drawn. The page's CSP, written before
   * the body is streamed, can then hash each kind's one style block.
   */
  static async prepareServerStyles(): Promise<void> {
    this.joinStyles(...(await Promise.all(this.serverStyleChunks())));
  }

  /**
   * Joins lazily loaded styles to this kind's own, once each: a server render writes the kind's
   * styles into every shadow root, and instances created later start with them.
   */
  protected static joinStyles(...styles: CSSResult[]): void {
    this.finalize();
    for (const style of styles) if (!this.elementStyles.includes(style)) this.elementStyles.push(style);
  }

  /**
   * Waits for every lazy import in flight under Lit SSR; true when there were any. A server render
   * runs one update per element, so it renders, waits for this, and renders again with the modules
   * loaded. (In the browser elements render again by themselves: it is false there.)
   */
  static async importsSettled(): Promise<boolean> {
    if (inFlight.size === 0) return false;
    while (inFlight.size > 0) await Promise.all(inFlight);
    return true;
  }

  /** True when the data comes from a file: a `src` URL, or a File/Blob in `.data`. */
  protected get fileSource(): boolean {
    return !!this.src || (typeof Blob !== 'undefined' && this.data instanceof Blob);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Files are read in the browser only: a server render gets its data as properties.
    if (!isServer && this.fileSource && !this.source) {
      void this.lazyImport('source', () => import('./source.js'), ({ Source }) => (this.source = new Source(this, (loaded) => void this.announce(loaded))));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Fired once the error is on screen, never from inside an update.
    const sheet = this.error && errorState?.errorStyles.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const report = this.pendingReport;
    this.pendingReport = undefined;
    if (report) this.dispatchEvent(new CustomEvent<LzmErrorDetail>('lzm-error', { detail: report, bubbles: true, composed: true }));
  }

  /** Fires `lzm-load` once the loaded data is on screen: after the modules it asked for and their render. */
  private async announce(loaded: LoadedData): Promise<void> {
    await null; // the task marks itself complete and asks for the update right after telling us
    await this.updateComplete;
    await Promise.all(this.imports.values());
    await this.updateComplete;
    if (!this.source?.isCurrent(loaded) || this.failed) return;
    this.dispatchEvent(new CustomEvent<LzmLoadDetail>('lzm-load', { detail: { file: loaded.file, kind: loaded.kind }, bubbles: true, composed: true }));
  }

  /**
   * Enters the error state (`failed` at once) and fires `lzm-error` (once per distinct message).
   * LzmDataError and the error texts are a lazy chunk: an element whose data is fine never loads them.
   */
  protected fail(error: unknown): void {
    this.failed = true;
    this.pendingError = { error, failure: ++this.failures };
    if (errorState) this.showError(errorState);
    // Through the lazy-import registry, so a server render waits for the chunk and draws the error.
    else void this.lazyImport('errors', () => import('./error-state.js'), (module) => this.showError((errorState = module)));
  }

  /** Shows the latest failure once the error chunk is there (unless the data was fixed meanwhile). */
  private showError({ LzmDataError, toDataError, errorStyles }: ErrorState): void {
    (this.constructor as typeof LzmElement).joinStyles(errorStyles);
    const pending = this.pendingError;
    if (!pending || pending.failure !== this.failures) return;
    const { error } = pending;
    const dataError = error instanceof DataProblem ? new LzmDataError(error.key, error.params) : toDataError(error);
    const detail = dataError.detail(this.uiLang);
    if (this.error && detail.message === this.reportedError) return; // already shown and reported
    this.error = dataError;
    this.reportedError = detail.message;
    this.pendingReport = detail;
  }

  /** Throws the data error `key` from a model computation (inside `attempt`) without loading LzmDataError first. */
  protected dataProblem(key: string, params: MessageParams = {}): never {
    throw new DataProblem(key, params);
  }

  /** Throws `error.attribute` for the first of these number attributes whose text is not a number. */
  protected checkNumbers(names: readonly string[]): void {
    const bad = unreadableNumber(this, names);
    if (bad) this.dataProblem('error.attribute', bad);
  }

  /** Leaves the error state (the data is fine again). */
  protected clearError(): void {
    this.failures++;
    this.failed = false;
    this.error = undefined;
    this.reportedError = undefined;
  }

  /**
   * Runs a model computation. Its result, or undefined when it is not ready (a module or the file
   * still loading: `compute` returns undefined). Bad data (a thrown error, or the file's own
   * failure) is no result either, but sets `failed`: check that first.
   */
  protected attempt<T>(compute: () => T): T | undefined {
    const failure = this.source?.failure;
    if (failure) {
      this.fail(failure);
      return undefined;
    }
    try {
      const result = compute();
      this.clearError();
      return result;
    } catch (error) {
      this.fail(error);
      return undefined;
    }
  }

  /** The error state (see error-state.ts), once its chunk is in. */
  protected renderError(): TemplateResult {
    return this.error && errorState ? errorState.renderError(this.error, this.uiLang) : this.renderLoading();
  }

  /**
   * The "show table" button; `controls` is the id of the table it shows, `chart` the chart's name,
   * said after the button's visible text ("Toon tabel: Leerlandschap") so that several buttons on a
   * page differ; the name starts with the visible text, for speech input (WCAG 2.5.3). The table itself is always rendered (also by the server) with `hidden` while
   * collapsed: out of the accessibility tree, shown in print (baseStyles).
   */
  protected renderTableToggle(showTable: boolean, toggle: () => void, controls = 'table', chart?: string): TemplateResult {
    const text = t(this.uiLang, showTable ? 'table.hide' : 'table.show');
    return html`<button part="toggle" aria-expanded=${showTable ? 'true' : 'false'} aria-controls=${controls} aria-label=${chart ? `${text}: ${chart}` : text} @click=${toggle}>
      ${text}
    </button>`;
  }

  /** The loading state: a status region, its text once the data layer (which holds it) has loaded. */
  protected renderLoading(): TemplateResult {
    return html`<p class="loading" role="status">${this.loading ? t(this.uiLang, 'loading') : ''}</p>`;
  }
}
