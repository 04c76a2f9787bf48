import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../barometer/barometer.js';
import '../landscape/landscape.js';
import type { LzmBarometer } from '../barometer/barometer.component.js';

/** What the dial shows in words: its zone and its value (nl "0,62", en "0.62"). */
const shown = (el: Element) => {
  const root = el.shadowRoot!;
  return `${root.querySelector('.value')!.textContent} ${root.querySelector('.zone-name')!.textContent}`;
};
const NL = '0,62 zone van gewenste effecten';
const EN = '0.62 zone of desired effects';

describe('language of an element', () => {
  let pageLang: string;
  beforeEach(() => (pageLang = document.documentElement.lang));
  afterEach(() => (document.documentElement.lang = pageLang));

  it('follows the page’s lang when it changes', async () => {
    document.documentElement.lang = 'nl';
    const el = await fixture<LzmBarometer>(html`<lzm-barometer value="0.62"></lzm-barometer>`);
    expect(shown(el)).to.equal(NL);
    document.documentElement.lang = 'en';
    await waitUntil(() => shown(el) === EN, 'renders in English after <html lang="en">');
    document.documentElement.lang = 'nl-BE';
    await waitUntil(() => shown(el) === NL, 'renders in Dutch again');
  });

  it('follows the closest ancestor’s lang, and its own lang wins', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><section><lzm-barometer value="0.62"></lzm-barometer></section></div>`);
    const el = wrapper.querySelector('lzm-barometer')!;
    expect(shown(el)).to.equal(EN);
    wrapper.lang = 'nl';
    await waitUntil(() => shown(el) === NL, 'renders in Dutch after the div’s lang changed');
    wrapper.querySelector('section')!.setAttribute('lang', 'en');
    await waitUntil(() => shown(el) === EN, 'the closer ancestor wins');
    el.lang = 'nl';
    await el.updateComplete;
    expect(shown(el)).to.equal(NL);
    wrapper.querySelector('section')!.removeAttribute('lang');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown(el), 'own lang stays in force').to.equal(NL);
  });

  it('follows an ancestor outside the shadow root it is drawn in', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nl"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const el = document.createElement('lzm-barometer') as LzmBarometer;
    el.value = 0.62;
    host.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal(NL);
    outer.lang = 'en';
    await waitUntil(() => shown(el) === EN, 'crosses the shadow boundary');
  });

  it('takes the language of a new parent when moved', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div lang="nl"><lzm-barometer value="0.62"></lzm-barometer></div><div lang="en"></div></div>`);
    const el = wrapper.querySelector('lzm-barometer')!;
    expect(shown(el)).to.equal(NL);
    wrapper.lastElementChild!.append(el);
    await waitUntil(() => shown(el) === EN, 'renders in English under its new parent');
  });

  it('re-renders another element too (the landscape’s name)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><lzm-landscape></lzm-landscape></div>`);
    const el = wrapper.querySelector('lzm-landscape')!;
    const text = () => el.shadowRoot!.innerHTML;
    expect(text()).to.include('Leerlandschap');
    wrapper.lang = 'en';
    await waitUntil(() => text().includes('Learning landscape'), 'the landscape’s name changes with the language');
    expect(text()).not.to.include('Leerlandschap');
  });
});
