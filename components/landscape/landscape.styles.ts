import { css } from 'lit';
import * as theme from '../core/theme-defaults.js';

export const landscapeStyles = css`
  :host {
    max-width: var(--lzm-landscape-max-width, 40rem);
  }
  .map {
    position: relative;
  }
  svg {
    background: ${theme.seaColor};
    border-radius: 6px;
  }
  text {
    font-size: 13px;
    stroke: ${theme.seaColor};
  }
  .polder text {
    font-size: 11px;
  }
  .island .land {
    fill: ${theme.islandColor};
  }
  .polder .land {
    fill: ${theme.polderColor};
  }
  .land {
    fill-opacity: 0.85;
    stroke: ${theme.shoreColor};
  }
  .bridge path {
    fill: none;
    stroke: ${theme.bridgeColor};
    stroke-linecap: round;
  }
  .bridge polygon {
    fill: ${theme.bridgeColor};
  }
  .zero path {
    stroke-dasharray: 6 4;
  }
  .unmeasured .land,
  .unmeasured path {
    fill: none;
    stroke-dasharray: 1 4;
    stroke-width: 2;
  }
  .ghost {
    fill: none;
    stroke: ${theme.compareColor};
    stroke-dasharray: 3 3;
    pointer-events: none;
  }
  .part {
    cursor: default;
    outline: none;
  }
  :host([editable]) .part {
    cursor: grab;
    touch-action: none;
  }
  .part:focus-visible .land,
  .part:focus-visible path,
  .part:hover .land {
    stroke: ${theme.focusColor};
    stroke-width: 4;
  }
  .tip {
    transform: translate(-50%, 8px);
    max-width: 16em;
    padding: 0.3em 0.6em;
    background: var(--lzm-tooltip-background, #1f2328);
    color: var(--lzm-tooltip-color, #fff);
    pointer-events: none;
  }
  figcaption,
  .legend {
    font-size: 0.9em;
    margin: 0.5em 0 0;
  }
  .legend {
    color: ${theme.mutedColor};
  }
  /* Narrow (a phone): larger text in view-box units keeps labels legible. */
  @container (max-width: 26rem) {
    text {
      font-size: 16px;
    }
    .polder text {
      font-size: 13px;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .land,
    .bridge path {
      transition: d 0.4s, r 0.4s;
    }
  }
  /* Forced colours (Windows high contrast): system colours; islands outlined, polders filled. */
  @media (forced-colors: active) {
    svg {
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .land {
      fill-opacity: 1;
      stroke: CanvasText;
    }
    .island .land {
      fill: Canvas;
      stroke-width: 2;
    }
    .polder .land {
      fill: GrayText;
    }
    .bridge path,
    .ghost {
      stroke: CanvasText;
    }
    .bridge polygon {
      fill: CanvasText;
    }
    .unmeasured .land,
    .unmeasured path {
      fill: none;
    }
    .part:focus-visible .land,
    .part:focus-visible path,
    .part:hover .land {
      stroke: Highlight;
    }
  }
  @media print {
    svg,
    .land {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
