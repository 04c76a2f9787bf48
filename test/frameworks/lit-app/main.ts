// An app that uses Lit itself and lzm-kit's npm build: the bundle must hold one Lit runtime.
import { LitElement, html } from 'lit';
import 'lzm-kit/barometer';

class SchoolCard extends LitElement {
  override render() {
    return html`<h2>Rekenen 5B</h2><lzm-barometer value="0.62" label="Rekenen"></lzm-barometer>`;
  }
}
customElements.define('school-card', SchoolCard);
