import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { MAX_FILE_BYTES } from '../../components/core/load.js';

/**
 * Issue 17: `src` from a server that misbehaves (web-test-runner.config.js, hostileServers). Each
 * ends in the error state with one `lzm-error`, never in "loading" for ever or a frozen page.
 */

async function errorOf(src: string, lang: 'nl' | 'en', attributes: Record<string, string> = {}) {
  const element = document.createElement('lzm-barometer');
  element.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const events: string[] = [];
  element.addEventListener('lzm-error', (event) => events.push((event as CustomEvent<{ message: string }>).detail.message));
  element.setAttribute('src', src);
  document.body.append(element);
  try {
    await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]') && events.length > 0, 'no error state', { timeout: 15000 });
    return { alert: element.shadowRoot!.querySelector('[role="alert"] code')!.textContent!.trim(), events };
  } finally {
    element.remove();
  }
}

describe('src from a hostile server (issue 17)', () => {
  it('without Content-Length, a 400 MB body is cut off at the limit while it is read', async function () {
    this.timeout(30000);
    const started = performance.now();
    const { alert, events } = await errorOf('/test/hostile/endless.csv', 'nl');
    expect(alert).to.equal(`endless.csv: het bestand is te groot: meer dan de grens van ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    expect(events).to.deep.equal([alert]);
    // Reading 400 MB takes far longer than 20 MiB on the test machine.
    expect(performance.now() - started).to.be.below(15000);
  });

  it('a src that never answers times out after the element\'s timeout, with lzm-error, in nl and en', async function () {
    this.timeout(20000);
    const nl = await errorOf('/test/hostile/never.csv', 'nl', { timeout: '1000' });
    expect(nl.alert).to.equal('never.csv: geen antwoord binnen 1 s');
    expect(nl.events).to.deep.equal([nl.alert]);
    const en = await errorOf('/test/hostile/never.csv', 'en', { timeout: '500' });
    expect(en.alert).to.equal('never.csv: no answer within 0.50 s');
  });

  it('an HTML page answered with 200 is said to be HTML, not read as CSV', async () => {
    const { alert, events } = await errorOf('/test/hostile/page.csv', 'en');
    expect(alert).to.equal('page.csv:1: this is an HTML page, not CSV or JSON: is the address right (or is it a login or error page)?');
    expect(events).to.deep.equal([alert]);
  });
});
