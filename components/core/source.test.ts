import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../barometer/barometer.js';
import type { LzmBarometer } from '../barometer/barometer.component.js';

/** `src` loading of the base element (source.ts): a newer file wins, a cut-short load starts again. */
describe('src loading', () => {
  const dial = (src: string) => {
    const el = document.createElement('lzm-barometer') as LzmBarometer;
    el.setAttribute('item', 'Feedback');
    el.setAttribute('src', src);
    return el;
  };
  const errors: string[] = [];
  const onError = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
  beforeEach(() => {
    errors.length = 0;
    document.addEventListener('lzm-error', onError);
  });
  afterEach(() => document.removeEventListener('lzm-error', onError));

  it('shows the newer src when it changes during a load (the older request never answers)', async () => {
    const el = dial('/test/hostile/never.csv');
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('.loading')?.textContent === 'Gegevens laden…', 'loading state');
      const loaded = oneEvent(el, 'lzm-load');
      el.src = '/test/fixtures/influences.json';
      expect((await loaded).detail.file).to.equal('influences.json');
      expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-label')).to.equal('Feedback');
      expect(errors, 'the abandoned request is no error').to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('goes from a file that failed to a good one without showing the old error for it', async () => {
    const el = dial('/test/fixtures/missing.csv');
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error state for the missing file');
      expect(errors).to.deep.equal(['missing.csv: kon niet worden geladen (HTTP 404)']);
      el.src = '/test/fixtures/influences.json';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no stale error while the new file loads').to.equal(null);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="meter"]'), 'the new file is shown');
    } finally {
      el.remove();
    }
  });

  it('loads again when an element removed during its load comes back', async () => {
    const el = dial('/test/fixtures/influences.json');
    document.body.append(el);
    el.remove(); // aborts the request just started
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('[role="meter"]'), 'not loaded while out of the page').to.equal(null);
    const loaded = oneEvent(el, 'lzm-load');
    document.body.append(el);
    try {
      expect((await loaded).detail.kind).to.equal('json');
      expect(el.shadowRoot!.querySelector('[role="meter"]')).to.exist;
      expect(errors, 'an aborted load is no error').to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
