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
}

/** A labelled control row; `onInput` gets the control's current value. */
export function control(
  label: string,
  input: HTMLInputElement | HTMLSelectElement,
  onInput: (value: string) => void,
): HTMLElement {
  const row = document.createElement('label');
  row.className = 'control';
  const text = document.createElement('span');
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
