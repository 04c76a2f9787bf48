import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { GENERATED, type ExpectedError } from '../bad-input.js';

/**
 * The bad-input corpus (test/fixtures/bad/, issue 9) through the elements: every file gives the
 * error state (role="alert") and one `lzm-error` with the exact message of expected.json, in
 * Dutch and English, and nothing reaches the console or the window as an exception.
 */

const corpus = (await (await fetch('/test/fixtures/bad/expected.json')).json()) as Record<string, ExpectedError>;

/** Console errors, uncaught exceptions and unhandled rejections while a test runs. */
function watchProblems(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

type Source = { src: string } | { data: File };

/** Mounts the element, waits for its error state, returns what the user and a listener see. */
async function errorOf(tag: string, source: Source, lang: 'nl' | 'en'): Promise<{ alert: string; events: string[]; problems: string[] }> {
  const watch = watchProblems();
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };
  element.setAttribute('lang', lang);
  const events: string[] = [];
  element.addEventListener('lzm-error', (event) => events.push((event as CustomEvent<{ message: string }>).detail.message));
  if ('src' in source) element.setAttribute('src', source.src);
  else element.data = source.data;
  document.body.append(element);
  try {
    await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]') && events.length > 0, `${tag}: no error state`, { timeout: 8000 });
    // Settle: a second lzm-error or a late exception would show up here.
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('part')).to.equal('error');
    return { alert: alert.querySelector('code')!.textContent!.trim(), events, problems: watch.problems };
  } finally {
    watch.stop();
    element.remove();
  }
}

describe('bad-input corpus through the elements', () => {
  it('has at least 30 files, each with nl and en messages and exit 1', () => {
    expect(Object.keys(corpus).length).to.be.at.least(30);
    for (const [file, expected] of Object.entries(corpus)) {
      expect(expected.nl, file).to.match(new RegExp(`^${file.replace(/[.]/g, '\\.')}(:\\d+)*: `));
      expect(expected.en, file).to.match(new RegExp(`^${file.replace(/[.]/g, '\\.')}(:\\d+)*: `));
      expect(expected.nl, file).not.to.equal(expected.en);
      expect(expected.exit, file).to.equal(1);
    }
  });

  for (const [file, expected] of Object.entries(corpus)) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${file} → <${expected.element} lang="${lang}">: ${expected[lang].slice(file.length + 2)}`, async function () {
        let source: Source;
        if (!expected.generated) source = { src: `/test/fixtures/bad/${file}` };
        else {
          this.timeout(30000);
          const text = GENERATED[file]();
          source = { data: new File([text], file, { type: file.endsWith('.json') ? 'application/json' : 'text/csv' }) };
        }
        const { alert, events, problems } = await errorOf(expected.element, source, lang);
        expect(alert).to.equal(expected[lang]);
        expect(events).to.deep.equal([expected[lang]]);
        expect(problems).to.deep.equal([]);
      });
    }
  }

  it('a src above the 20 MiB limit is refused from its size (Content-Length), in nl and en', async function () {
    this.timeout(30000);
    const url = URL.createObjectURL(new Blob([new Uint8Array(21 * 1024 * 1024).fill(32)], { type: 'text/csv' }));
    const name = url.slice(url.lastIndexOf('/') + 1);
    for (const lang of ['nl', 'en'] as const) {
      const { alert, events, problems } = await errorOf('lzm-barometer', { src: url }, lang);
      const expected = lang === 'nl' ? `${name}: het bestand is te groot: 21 MB, de grens is 20 MB` : `${name}: the file is too large: 21 MB, the limit is 20 MB`;
      expect(alert).to.equal(expected);
      expect(events).to.deep.equal([expected]);
      expect(problems).to.deep.equal([]);
    }
    URL.revokeObjectURL(url);
  });
});
