import { css } from 'lit';
import * as theme from './theme-defaults.js';

/** What every drawn chart starts from: sized by its container, a figure whose SVG follows its width. */
export const figureStyles = css`
  :host {
    container-type: inline-size;
  }
  figure {
    margin: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
`;

/**
 * What the drawn charts (landscape, wheel) share beyond figureStyles: labels with a halo, a
 * tooltip box over the drawing, forced colours and print.
 */
export const chartStyles = css`
  ${figureStyles}
  text {
    fill: ${theme.textColor};
    text-anchor: middle;
    paint-order: stroke;
    stroke-width: 3px;
  }
  .tip {
    position: absolute;
    border-radius: 4px;
    font-size: 0.85em;
  }
  @media (forced-colors: active) {
    text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tip {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    button,
    .tip {
      display: none;
    }
  }
`;
