import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../barometer/barometer.js';
import type { LzmBarometer } from '../barometer/barometer.component.js';

/** The error state of the base element: its styles come with its lazy chunk, its event after its render. */
describe('error state', () => {
  it('fires lzm-error once the alert is on screen, styled', async () => {
    const el = document.createElement('lzm-barometer') as LzmBarometer;
    el.setAttribute('value', 'veel');
    const fired = oneEvent(el, 'lzm-error');
    document.body.append(el);
    try {
      const event = await fired;
      // Still inside the event: the alert it reports is already rendered.
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert, 'rendered before the event').to.exist;
      expect(alert.querySelector('code')!.textContent).to.equal(event.detail.message);
      expect(event.detail.message).to.equal('attribuut value: "veel" is geen getal');
      const style = getComputedStyle(alert);
      expect(style.borderTopColor).to.equal('rgb(179, 38, 30)');
      expect(style.backgroundColor).to.equal('rgb(253, 236, 234)');
      expect(parseFloat(style.borderLeftWidth)).to.be.above(parseFloat(style.borderTopWidth));
    } finally {
      el.remove();
    }
  });

  it('styles the error of a dial created after the chunk loaded, and of one that fails later', async () => {
    // The chunk is in (the test above): the error renders in the dial's first update.
    const el = await fixture<LzmBarometer>(html`<lzm-barometer value="1,5,0"></lzm-barometer>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[role="alert"]')!).borderTopColor).to.equal('rgb(179, 38, 30)');
    const later = await fixture<LzmBarometer>(html`<lzm-barometer value="0.4"></lzm-barometer>`);
    expect(later.shadowRoot!.querySelector('[role="meter"]')).to.exist;
    const fired = oneEvent(later, 'lzm-error');
    later.setAttribute('min', '2');
    expect((await fired).detail.message).to.equal('min (2,00) moet kleiner zijn dan max (1,20)');
    const alert = later.shadowRoot!.querySelector('[role="alert"]')!;
    expect(getComputedStyle(alert).borderTopColor).to.equal('rgb(179, 38, 30)');
    later.setAttribute('min', '0');
    await later.updateComplete;
    expect(later.shadowRoot!.querySelector('[role="alert"]'), 'fixed data leaves the error state').to.equal(null);
    expect(later.shadowRoot!.querySelector('[role="meter"]')).to.exist;
  });
});
