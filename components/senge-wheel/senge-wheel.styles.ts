import { css } from 'lit';
import * as theme from '../core/theme-defaults.js';

/** One stylesheet adopted by every wheel on the page. */
export const wheelStyles = css`
  :host {
    max-width: var(--lzm-wheel-max-width, 34rem);
  }
  .wheel {
    position: relative;
    /* A width, not only a max-width: as a grid item with auto margins it would shrink to fit,
       and the SVG inside would fall back to its default 300 px. */
    width: 100%;
    max-width: 24rem;
    margin: 0 auto;
  }
  svg {
    overflow: visible;
  }
  .track {
    fill: ${theme.wheelTrack};
    stroke: ${theme.wheelLine};
    stroke-width: 1;
  }
  .track.hidden {
    stroke-dasharray: 2 3;
  }
  .fill {
    fill: ${theme.wheelFill};
    transition: d 0.4s ease-out, r 0.4s ease-out;
  }
  .fill.hub {
    fill: ${theme.wheelHubFill};
  }
  .earlier {
    fill: none;
    stroke: ${theme.wheelLine};
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .whisker,
  .connector {
    stroke: ${theme.wheelLine};
    stroke-width: 2;
    fill: none;
  }
  .connector {
    stroke-width: 5;
    stroke: ${theme.mutedColor};
  }
  text {
    dominant-baseline: middle;
    stroke: var(--lzm-wheel-halo, ${theme.background});
    stroke-linejoin: round;
    font-variant-numeric: tabular-nums;
  }
  .value {
    font-size: 15px;
    font-weight: 700;
  }
  .n {
    font-size: 9px;
  }
  .badge {
    fill: var(--lzm-wheel-halo, ${theme.background});
    stroke: ${theme.wheelLine};
  }
  .badge-text {
    font-size: 10px;
    stroke: none;
  }
  .discipline {
    outline: none;
    cursor: help;
  }
  .discipline:focus-visible .track {
    stroke: ${theme.focusColor};
    stroke-width: 4;
  }
  .tip {
    z-index: 1;
    width: max-content;
    max-width: min(18rem, 90vw);
    transform: translate(-50%, 0.3em);
    padding: 0.4em 0.6em;
    border: 1px solid ${theme.wheelLine};
    background: var(--lzm-tooltip-background, ${theme.background});
    box-shadow: 0 2px 6px #0003;
  }
  .tip.above {
    transform: translate(-50%, calc(-100% - 0.3em));
  }
  .tip strong,
  .title {
    display: block;
  }
  figcaption {
    margin-top: 0.5em;
  }
  .scale,
  .note {
    color: ${theme.mutedColor};
    font-size: 0.9em;
  }
  .note {
    margin: 0.25em 0 0;
  }
  .legend {
    list-style: none;
    margin: 0.4em 0;
    padding: 0;
  }
  .legend li {
    margin: 0.15em 0;
  }
  .legend .badge {
    display: inline-block;
    min-width: 1.5em;
    margin-right: 0.4em;
    border: 1px solid ${theme.wheelLine};
    border-radius: 50%;
    text-align: center;
    font-size: 0.8em;
  }
  @container (min-width: 36rem) {
    figure {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 0 1.5em;
      align-items: center;
    }
    button,
    table {
      grid-column: 1 / -1;
      justify-self: start;
    }
  }
  /* Forced colours (Windows high contrast): system colours; the score fill in Highlight. */
  @media (forced-colors: active) {
    .track,
    .badge {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fill,
    .fill.hub {
      fill: Highlight;
    }
    .earlier,
    .whisker {
      stroke: CanvasText;
    }
    .connector {
      stroke: GrayText;
    }
    .discipline:focus-visible .track {
      stroke: Highlight;
      stroke-width: 5;
    }
    .legend .badge {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media print {
    .fill,
    .track {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
