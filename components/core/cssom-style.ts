import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssomStyle({ left: '40%' })}`: sets the properties through CSSOM
 * (`element.style.setProperty`), never as a style attribute. A strict Content-Security-Policy
 * without 'unsafe-inline' in style-src (the dashboard's) blocks style attributes, which is what
 * Lit's styleMap writes on first render; CSSOM changes are allowed. The server renders nothing.
 */
class CssomStyle extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') throw new Error('cssomStyle must be bound to style=""');
  }

  render(styles: Readonly<Record<string, string>>): typeof nothing {
    void styles;
    return nothing;
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    for (const [name, value] of Object.entries(styles)) part.element.style.setProperty(name, value);
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
