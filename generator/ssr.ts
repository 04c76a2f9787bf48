import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type CSSResult, type TemplateResult } from 'lit';
import { LzmElement } from '../components/core/lzm-element.js';
import '../components/index.js';

/** The elements the page draws (the tags components/index.ts registers), in the order the CSP lists their styles. */
export const ELEMENT_TAGS = ['lzm-barometer', 'lzm-effect-plot', 'lzm-landscape', 'lzm-senge-wheel', 'lzm-feedback-legend'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** Attributes as they go into the HTML; `true` is a present boolean attribute, undefined/false leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * One element on the page: its tag, attributes and its own typed `.data`. The generator hands over
 * what the element reads, never a copy of what it draws.
 */
export interface ElementSpec {
  tag: ElementTag;
  attributes: Attributes;
  data?: unknown;
}

/**
 * Template strings per tag and attribute names, made once: Lit caches a template by the identity
 * of its strings array, so a page of 5,000 rows prepares each shape once.
 */
const shapes = new Map<string, TemplateStringsArray>();

function templateOf(tag: ElementTag, names: readonly string[]): TemplateStringsArray {
  const key = `${tag} ${names.join(' ')}`;
  let strings = shapes.get(key);
  if (!strings) {
    // `<tag a="${}" b="${}" .data=${}></tag>`: tag and names come from the generator, never from data.
    const parts = names.length === 0
      ? [`<${tag} .data=`, `></${tag}>`]
      : [`<${tag} ${names[0]}="`, ...names.slice(1).map((name) => `" ${name}="`), '" .data=', `></${tag}>`];
    strings = Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
    shapes.set(key, strings);
  }
  return strings;
}

function templateFor(spec: ElementSpec): TemplateResult {
  const entries = Object.entries(spec.attributes).filter(([, value]) => value !== undefined && value !== false);
  const values = entries.map(([, value]) => (value === true ? '' : String(value)));
  return html(templateOf(spec.tag, entries.map(([name]) => name)), ...values, spec.data);
}

/**
 * Lit SSR's hydration markers. The browser does not hydrate: it draws the element again over its
 * own declarative shadow root (LzmElement.createRenderRoot), so the markers are dead weight.
 * They are comments Lit writes; data never reaches the HTML unescaped, so no `<!--` comes from it.
 */
const MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g;

/** An element's lazy modules can ask for more (a reader, then its reading rules): a few passes at most. */
const MAX_PASSES = 4;

/** Runs of template white space: HTML and SVG text collapse them to one space when drawing anyway. */
const SPACE = /[ \t\n\r]+/g;

/** Lit SSR also writes the pre-standard `shadowroot` attribute, which the HTML standard (and the Nu checker) refuses. */
const LEGACY_SHADOWROOT = / shadowroot="open"(?= shadowrootmode="open")/g;
const renderOnce = (spec: ElementSpec): string =>
  collectResultSync(render(templateFor(spec))).replace(MARKERS, '').replace(SPACE, ' ').replace(LEGACY_SHADOWROOT, '');

/** An inline `<style>` block and its content. */
const STYLE_BLOCK = /<style>([^<]*)<\/style>/g;

let styleBlocks: Promise<readonly string[]> | undefined;

/**
 * The `<style>` content each element kind writes into its declarative shadow root: its static
 * styles plus every lazy style it can write (details, error state), joined up front by
 * LzmElement.prepareServerStyles, white space collapsed as in the page. Known before anything is
 * drawn, so the page's CSP is written before its body is streamed. One block per kind however
 * many instances there are: DSD repeats the block, the CSP lists it once.
 */
export function elementStyleBlocks(): Promise<readonly string[]> {
  styleBlocks ??= Promise.all(
    ELEMENT_TAGS.map(async (tag) => {
      const element = customElements.get(tag) as unknown as typeof LzmElement;
      await element.prepareServerStyles();
      return element.elementStyles.map((style) => (style as CSSResult).cssText).join('').replace(SPACE, ' ');
    }),
  );
  return styleBlocks;
}

/**
 * An element whose shadow root holds a style block the CSP was not given (styles made per
 * instance) would be drawn unstyled in the browser: refused here, before the page is written.
 */
function checkStyles(tag: ElementTag, text: string, known: readonly string[]): string {
  for (const [, block] of text.matchAll(STYLE_BLOCK)) {
    if (!known.includes(block)) throw new Error(`<${tag}> wrote a style block that is not its static styles; the page's CSP would block it`);
  }
  return text;
}

/**
 * The element drawn by itself in Node (declarative shadow DOM): every drawing, its text
 * alternative and its table, exactly as the browser draws it. An element that still needed a
 * lazily imported module (its reader, its texts) is drawn again once that module is in.
 */
export async function renderElement(spec: ElementSpec): Promise<string> {
  // Every lazy style is joined before the first pass, so the one block per kind is known.
  const known = await elementStyleBlocks();
  let text = renderOnce(spec);
  // Each module loads once; a module that fails to load leaves the element in its error state.
  for (let pass = 0; pass < MAX_PASSES && (await LzmElement.importsSettled()); pass++) text = renderOnce(spec);
  return checkStyles(spec.tag, text, known);
}
