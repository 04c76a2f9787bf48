import type { Lang } from '../components/core/locale.js';

/** One slide of the trainer demo: a model, explained in a few sentences, with live controls. */
export interface Slide {
  id: string;
  title: Record<Lang, string>;
  /** A few sentences in our own words, per language. */
  intro: Record<Lang, string[]>;
  /**
   * Builds the slide's element and controls into `stage`. The element to export (SVG/PNG) and to
   * feed dropped files carries `data-main`.
   */
  mount(stage: HTMLElement, lang: Lang): void;
  /** False when a dropped file has no single element to go to (dashboard, gallery). */
  file?: false;
}

let controls = 0;

/**
 * A labelled control row; `onInput` gets the control's current value. The label is tied by `for`
 * rather than wrapped around the control, so a select's name is its label, not label + option.
 */
export function control(
  label: string,
  input: HTMLInputElement | HTMLSelectElement,
  onInput: (value: string) => void,
): HTMLElement {
  const row = document.createElement('div');
  row.className = 'control';
  input.id ||= `control-${++controls}`;
  const text = document.createElement('label');
  text.htmlFor = input.id;
  text.textContent = label;
  row.append(text, input);
  input.addEventListener('input', () => onInput(input.value));
  return row;
}

export function numberInput(value: number, min: number, max: number, step: number): HTMLInputElement {
  const input = document.createElement('input');
  Object.assign(input, { type: 'number', value: String(value), min: String(min), max: String(max), step: String(step) });
  return input;
}

export function rangeInput(value: number, min: number, max: number, step: number): HTMLInputElement {
  const input = numberInput(value, min, max, step);
  input.type = 'range';
  return input;
}

export function textInput(value: string): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.value = value;
  return input;
}

export function checkbox(checked: boolean): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.checked = checked;
  return input;
}

/** A select with `[value, text]` options. */
export function select(options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const input = document.createElement('select');
  input.append(...options.map(([key, text]) => new Option(text, key, false, key === value)));
  return input;
}

/**
 * A table too wide for a narrow screen (320 px, 200 % zoom) scrolls inside this region, not the
 * page: focusable, so keyboard users can scroll it, and named, so that it is announced.
 */
export function scrollRegion(content: HTMLElement, name: string): HTMLElement {
  const region = document.createElement('div');
  region.className = 'scroll';
  region.tabIndex = 0;
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', name);
  region.append(content);
  return region;
}

/** The controls panel: a form that never submits (Enter in a field must not reload the demo). */
export function controlsForm(...children: HTMLElement[]): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'controls';
  form.addEventListener('submit', (event) => event.preventDefault());
  form.append(...children);
  return form;
}

/** A number field's value, reading a Dutch decimal comma; undefined when empty or not a number. */
export function numberOf(value: string): number | undefined {
  const number = Number(value.trim().replace(',', '.'));
  return value.trim() === '' || Number.isNaN(number) ? undefined : number;
}
