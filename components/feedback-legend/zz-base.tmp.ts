import { html } from 'lit';
import { LzmElement, baseStyles } from '../core/lzm-element.js';
import { defineElement } from '../core/define.js';
class X extends LzmElement { static override styles = [baseStyles]; override render() { return this.error ? this.renderError() : html`<p>${this.uiLang}</p>`; } }
defineElement('x-x', X);
