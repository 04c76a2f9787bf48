import { css } from 'lit';

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
    fill: var(--lzm-wheel-track, #e6ebf0);
    stroke: var(--lzm-wheel-line, #1f2328);
    stroke-width: 1;
  }
  .track.hidden {
    stroke-dasharray: 2 3;
  }
  .fill {
    fill: var(--lzm-wheel-fill, #2f6f9f);
    transition: d 0.4s ease-out, r 0.4s ease-out;
  }
  .fill.hub {
    fill: var(--lzm-wheel-hub-fill, #7a4f9a);
  }
  .earlier {
    fill: none;
    stroke: var(--lzm-wheel-line, #1f2328);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .whisker,
  .connector {
    stroke: var(--lzm-wheel-line, #1f2328);
    stroke-width: 2;
    fill: none;
  }
  .connector {
    stroke-width: 5;
    stroke: var(--lzm-muted-color, #57606a);
  }
  text {
    dominant-baseline: middle;
    stroke: var(--lzm-wheel-halo, var(--lzm-background, #fff));
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
    fill: var(--lzm-wheel-halo, var(--lzm-background, #fff));
    stroke: var(--lzm-wheel-line, #1f2328);
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
    stroke: var(--lzm-focus-color, #0969da);
    stroke-width: 4;
  }
  .tip {
    z-index: 1;
    width: max-content;
    max-width: min(18rem, 90vw);
    transform: translate(-50%, 0.3em);
    padding: 0.4em 0.6em;
    border: 1px solid var(--lzm-wheel-line, #1f2328);
    background: var(--lzm-tooltip-background, var(--lzm-background, #fff));
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
    color: var(--lzm-muted-color, #57606a);
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
    border: 1px solid var(--lzm-wheel-line, #1f2328);
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
