import { LitElement, html, css, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { LzmDataError, LzmErrorDetail } from './errors.js';
import { langOf, t, type Lang, type MessageParams } from './locale.js';
import type { LoadedData } from './load.js';
import { numberAttribute } from './attributes.js';
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

/** Styles every element shares: error state, visually hidden text, host defaults. */
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
  .error {
    border: 2px solid ${theme.errorColor};
    border-left-width: 0.5em;
    border-radius: 4px;
    padding: 0.5em 0.75em;
    color: ${theme.errorTextColor};
    background: ${theme.errorBackground};
    font-size: 0.9em;
  }
  .error strong {
    display: block;
  }
  .error code {
    font-family: inherit;
    overflow-wrap: anywhere;
  }
`;

/** Lazily imported modules by element class and key, once loaded. */
const loadedModules = new WeakMap<object, Map<string, unknown>>();

/** Lazy imports not yet settled (see `LzmElement.importsSettled`). */
const inFlight = new Set<Promise<unknown>>();
/** The error chunk, once any element has loaded it: later failures (and a server render's next pass) use it at once. */
let errorsModule: typeof import('./errors.js') | undefined;

/**
 * Base of every lzm-kit element: language, `src` loading, and the shared error state.
 * Subclasses turn loaded data into their model in `willUpdate` and call `fail()` on bad input.
 */
export abstract class LzmElement extends LitElement {
  /** Lit reactive properties; the JSDoc of each is on its field below. */
  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { converter: numberAttribute },
    data: { attribute: false },
    error: { state: true },
    loaded: { state: true },
    loading: { state: true },
    sourceError: { state: true },
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

  /** The current data error, shown instead of the widget. */
  protected error?: LzmDataError;

  /** Parsed content of `src`, once loaded. */
  protected loaded?: LoadedData;

  protected loading = false;

  /** Why `src` could not be loaded or parsed; wins over any model error. */
  private sourceError?: LzmDataError;

  private loadController?: AbortController;
  private imports = new Map<string, Promise<unknown>>();
  private hasConnectedBefore = false;
  private reportedError?: string;
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
    // Language may come from an ancestor, known only once connected.
    this.requestUpdate();
    // A load cut short by disconnecting starts again when the element comes back.
    if (this.hasConnectedBefore && this.fileSource && !this.loaded && !this.sourceError) void this.load();
    this.hasConnectedBefore = true;
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
    this.loadController?.abort();
  }

  /** The UI language: own `lang`, else the nearest ancestor's, else nl. */
  protected get uiLang(): Lang {
    return langOf(this);
  }

  /**
   * Imports a module once, on first need (a data reader, texts for an option), and hands it to
   * `use`, which stores it in a reactive field so the element renders again. `lzm-load` waits
   * for these imports, so it fires when the data is actually on screen. On the server a module
   * one instance has loaded is handed to the next instances at once, in the same update, so a
   * server render (Lit SSR, one update only) can draw everything. In the browser every instance
   * takes it in its next update, as elements always have: handing it over inside willUpdate put
   * the landscape's pointer editing a step off (its drag test).
   */
  protected lazyImport<T>(key: string, importer: () => Promise<T>, use: (module: T) => void): Promise<unknown> {
    let pending = this.imports.get(key);
    if (pending) return pending;
    let modules = loadedModules.get(this.constructor);
    if (!modules) loadedModules.set(this.constructor, (modules = new Map()));
    if (isServer && modules.has(key)) {
      use(modules.get(key) as T);
      pending = Promise.resolve();
    } else {
      const loaded = modules;
      pending = importer().then((module) => {
        loaded.set(key, module);
        use(module);
      }, (error) => this.fail(error));
      const settled = pending.finally(() => inFlight.delete(settled));
      inFlight.add(settled);
    }
    this.imports.set(key, pending);
    return pending;
  }

  /**
   * Waits for every lazy import in flight; true when there were any. A server render runs one
   * update per element, so it renders, waits for this, and renders again with the modules loaded.
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
    if (changed.has('src') || (changed.has('data') && (this.data instanceof Blob || changed.get('data') instanceof Blob))) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    this.loaded = undefined;
    this.sourceError = undefined;
    const source = this.src || (this.data instanceof Blob ? this.data : undefined);
    if (!source) {
      this.loading = false;
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    try {
      // The data layer (and papaparse behind it) loads only when an element has a src; it also
      // brings the "loading" text, so `loading` is set once it is there.
      const { loadSource, loadBlob } = await import('./load.js');
      if (controller.signal.aborted) return;
      this.loading = true;
      const timeout = this.timeout !== undefined && this.timeout > 0 ? this.timeout : undefined;
      const loaded = typeof source === 'string' ? await loadSource(source, controller.signal, timeout) : await loadBlob(source);
      if (controller.signal.aborted) return;
      this.loaded = loaded;
      this.loading = false;
      // Let willUpdate ask for the modules it needs, wait for them, then for their render.
      await this.updateComplete;
      await Promise.all(this.imports.values());
      await this.updateComplete;
      if (controller.signal.aborted) return;
      if (!this.error) {
        this.dispatchEvent(
          new CustomEvent<LzmLoadDetail>('lzm-load', {
            detail: { file: loaded.file, kind: loaded.kind },
            bubbles: true,
            composed: true,
          }),
        );
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      const { toDataError } = await import('./errors.js');
      if (controller.signal.aborted) return;
      this.loading = false;
      this.sourceError = toDataError(error);
    }
  }

  /**
   * Enters the error state and fires `lzm-error` (once per distinct message). LzmDataError and the
   * error texts are a lazy chunk: an element whose data is fine never loads them.
   */
  protected fail(error: unknown): void {
    this.pendingError = { error, failure: ++this.failures };
    if (errorsModule) this.showError(errorsModule);
    // Through the lazy-import registry, so a server render waits for the chunk and draws the error.
    else void this.lazyImport('errors', () => import('./errors.js'), (module) => this.showError((errorsModule = module)));
  }

  /** Shows the latest failure once the error chunk is there (unless the data was fixed meanwhile). */
  private showError({ LzmDataError, toDataError }: typeof import('./errors.js')): void {
    const pending = this.pendingError;
    if (!pending || pending.failure !== this.failures) return;
    const { error } = pending;
    const dataError = error instanceof DataProblem ? new LzmDataError(error.key, error.params) : toDataError(error);
    const detail = dataError.detail(this.uiLang);
    if (this.error && detail.message === this.reportedError) return; // already shown and reported
    this.error = dataError;
    this.reportedError = detail.message;
    this.dispatchEvent(new CustomEvent<LzmErrorDetail>('lzm-error', { detail, bubbles: true, composed: true }));
  }

  /** Throws the data error `key` from a model computation (inside `attempt`) without loading LzmDataError first. */
  protected dataProblem(key: string, params: MessageParams = {}): never {
    throw new DataProblem(key, params);
  }

  /** Leaves the error state (the data is fine again). */
  protected clearError(): void {
    this.failures++;
    this.error = undefined;
    this.reportedError = undefined;
  }

  /** Runs a model computation; on bad data switches to the error state and returns undefined. */
  protected attempt<T>(compute: () => T): T | undefined {
    if (this.sourceError) {
      this.fail(this.sourceError);
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

  protected renderError(): TemplateResult {
    const lang = this.uiLang;
    return html`<div class="error" role="alert" part="error">
      <strong>${t(lang, 'error.title')}</strong>
      <code>${this.error?.format(lang)}</code>
    </div>`;
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
