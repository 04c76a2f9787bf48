import { expect, fixture, aTimeout } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LzmErrorDetail } from '../../components/core/errors.js';

export interface ErrorStateOptions {
  /** Set as `.data` after the element is created. */
  data?: unknown;
  /** Content that must be gone in the error state (default: the SVG drawing). */
  content?: string;
}

/**
 * Renders `template` and asserts the shared error state: a visible role="alert" with exactly
 * `message`, one `lzm-error` event with the same message, no drawing, and no axe violations.
 */
export async function expectErrorState<T extends HTMLElement>(
  template: TemplateResult,
  message: string,
  { data, content = 'svg' }: ErrorStateOptions = {},
): Promise<T> {
  const errors: LzmErrorDetail[] = [];
  const handler = (event: Event) => errors.push((event as CustomEvent<LzmErrorDetail>).detail);
  document.addEventListener('lzm-error', handler);
  try {
    const el = await fixture<T>(template);
    if (data !== undefined) (el as unknown as { data: unknown }).data = data;
    const root = el.shadowRoot!;
    for (let i = 0; i < 50 && !root.querySelector('[role="alert"]'); i++) await aTimeout(20);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert, 'visible error state').to.exist;
    expect(alert.querySelector('code')!.textContent).to.equal(message);
    expect(errors.map((e) => e.message)).to.deep.equal([message]);
    expect(root.querySelectorAll(content), `no ${content} in the error state`).to.have.length(0);
    await expect(el).to.be.accessible();
    return el;
  } finally {
    document.removeEventListener('lzm-error', handler);
  }
}
