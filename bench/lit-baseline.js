// The Lit runtime a barometer pulls in, without lzm-kit's code: a trivial element using the same
// Lit imports (LitElement, html, svg, css, nothing, property, state, query). Bundled like the peers;
// its gzip size is reported as "Lit share" so the element's own share is the difference.
import { LitElement, html, svg, css, nothing } from 'lit';
import { property, state, query } from 'lit/decorators.js';

class LitBaseline extends LitElement {
  static styles = css`:host{display:block}`;
  static properties = {};
  render() {
    return html`<svg>${svg`<path d="M0 0"></path>`}</svg>${nothing}`;
  }
}
property()(LitBaseline.prototype, 'value');
state()(LitBaseline.prototype, 'reading');
query('svg')(LitBaseline.prototype, 'dial');
customElements.define('lit-baseline', LitBaseline);
