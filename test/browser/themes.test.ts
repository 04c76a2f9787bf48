import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../components/index.js';
import { TAGS as tags } from './tags.js';

/** Every element in every theme passes axe; the high-contrast theme reaches 7:1 (WCAG AAA) for text. */
const THEMES = ['default', 'dark', 'high-contrast', 'print'];

/** A sample of each element that shows most of its parts. */
const SAMPLES: Record<string, string> = {
  'lzm-barometer': 'value="0.62" label="Feedback" ci-low="0.41" ci-high="0.83" n="27" reference="0.4"',
  'lzm-effect-plot': 'src="/test/fixtures/influences.tsv" label="Invloeden"',
  'lzm-senge-wheel': 'systems-thinking="3.4" personal-mastery="3.9" mental-models="2.6" shared-vision="3.5" team-learning="3.8" n="18" label="Team"',
};


function luminance(color: string): number {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Every text node's element inside a shadow root (and nested shadow roots). */
function textElements(root: ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) found.push(...textElements(node.shadowRoot));
    const ownText = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
    if (ownText && !(node instanceof SVGElement) && node.getClientRects().length) found.push(node);
  }
  return found;
}

describe('themes', () => {
  before(async () => {
    for (const theme of THEMES) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `/themes/${theme}.css`;
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject;
      });
      document.head.append(link);
      await loaded;
    }
  });

  it('theme files set only --lzm-* custom properties', async () => {
    for (const theme of THEMES) {
      const css = await (await fetch(`/themes/${theme}.css`)).text();
      const declarations = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/[^{};]+:[^{};]+;/g) ?? [];
      expect(declarations.length, theme).to.be.greaterThan(10);
      for (const declaration of declarations) expect(declaration.trim(), theme).to.match(/^--lzm-[a-z0-9-]+:/);
    }
  });

  for (const theme of THEMES) {
    for (const tag of tags) {
      it(`<${tag}> in the ${theme} theme passes axe${theme === 'high-contrast' ? ' and reaches 7:1 for text' : ''}`, async () => {
        const wrapper = await fixture(
          staticHtml`<div class="lzm-theme-${unsafeStatic(theme)}" style="background: var(--lzm-background); --lzm-content-visibility: visible"><${unsafeStatic(tag)} ${unsafeStatic(SAMPLES[tag] ?? '')}></${unsafeStatic(tag)}></div>`,
        );
        // content-visibility is set to visible: axe's colour check reads backgrounds through
        // elementsFromPoint, which misreads content-visibility:auto subtrees (the colours are the same).
        const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await element.updateComplete;
        // A sample read from a src: wait until it is drawn.
        await waitUntil(() => !element.shadowRoot!.querySelector('.loading'), 'sample loaded', { timeout: 5000 });
        await expect(wrapper).to.be.accessible();
        if (theme !== 'high-contrast') return;
        const background = getComputedStyle(wrapper).backgroundColor;
        const texts = textElements(element.shadowRoot!);
        expect(texts.length).to.be.greaterThan(2);
        for (const node of texts) {
          const ratio = contrast(getComputedStyle(node).color, background);
          expect(ratio, `${node.tagName}.${node.className} "${node.textContent!.trim().slice(0, 30)}"`).to.be.at.least(7);
        }
      });
    }
  }
});
