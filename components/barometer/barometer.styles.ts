import { css } from 'lit';
import * as theme from '../core/theme-defaults.js';
import { figureStyles } from '../core/chart-styles.js';

/** One stylesheet shared (adopted) by every barometer on the page: no per-instance copies. */
export const barometerStyles = css`
  ${figureStyles}
  :host {
    max-width: var(--lzm-barometer-max-width, 30rem);
    /* A page of 320 dials (Hattie's whole list) lays out and paints only those on screen;
       the rest stay in the DOM and the accessibility tree. 'auto' remembers the real size. */
    content-visibility: var(--lzm-content-visibility, auto);
    contain-intrinsic-size: auto 15rem;
  }
  svg {
    overflow: visible;
  }
  .zone {
    fill: var(--zone-color);
    stroke: ${theme.background};
    stroke-width: 1;
  }
  .ticks {
    stroke: ${theme.tickColor};
    stroke-width: 1;
  }
  text {
    font-size: 9px;
  }
  .tick-labels text,
  .off-scale text {
    fill: ${theme.tickColor};
    font-variant-numeric: tabular-nums;
  }
  .hinge line {
    stroke: ${theme.hingeColor};
    stroke-width: 2.5;
  }
  .tick-labels .hinge-tick,
  .hinge text {
    font-weight: 700;
    fill: ${theme.hingeColor};
  }
  .ci {
    fill: ${theme.ciColor};
    fill-opacity: 0.55;
  }
  .needle line {
    stroke: ${theme.needleColor};
    stroke-width: 3.5;
    stroke-linecap: round;
  }
  .needle circle {
    fill: ${theme.needleColor};
  }
  .needle,
  .reference {
    transform-box: view-box;
    transform-origin: 120px 122px;
  }
  .reference line {
    stroke: ${theme.referenceColor};
    stroke-width: 2.5;
    stroke-dasharray: 5 3;
    stroke-linecap: round;
  }
  .off-scale path {
    fill: ${theme.needleColor};
  }
  figcaption {
    text-align: center;
  }
  .label {
    display: block;
    font-weight: 600;
    font-size: 1.05em;
  }
  .value {
    display: block;
    font-size: var(--lzm-value-font-size, 2.25em);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .zone-name,
  .detail,
  .note {
    display: block;
  }
  .detail,
  .note {
    color: ${theme.mutedColor};
    font-size: 0.9em;
  }
  .notes {
    margin: 0.5em auto 0;
    padding-left: 1.2em;
    max-width: 26em;
    font-size: 0.85em;
    color: ${theme.mutedColor};
  }
  button,
  table {
    margin-left: auto;
    margin-right: auto;
  }
  button {
    display: block;
  }
  .empty {
    color: ${theme.mutedColor};
    font-style: italic;
  }

  /* Compact: one line high, for lists of influences and table cells. */
  :host([compact]) {
    max-width: none;
    contain-intrinsic-size: auto 3.5em;
  }
  :host([compact]) figure {
    display: flex;
    align-items: center;
    gap: 0.6em;
  }
  :host([compact]) .meter {
    flex: 0 0 auto;
    width: var(--lzm-compact-dial-width, 3.2em);
  }
  :host([compact]) figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.6em;
    text-align: left;
  }
  :host([compact]) .label,
  :host([compact]) .value,
  :host([compact]) .zone-name,
  :host([compact]) .detail,
  :host([compact]) .note {
    display: inline;
    font-size: 1em;
  }
  :host([compact]) .zone-name,
  :host([compact]) .detail {
    color: ${theme.mutedColor};
    font-size: 0.85em;
  }

  @container (max-width: 16rem) {
    .value {
      font-size: 1.6em;
    }
  }

  /* Forced colours (Windows high contrast): system colours only, chosen so the needle, hub, CI band
     and hinge stand out from the canvas and the four zones stay apart (three fills, one outlined). */
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .zone {
      stroke: CanvasText;
    }
    .zone-reverse {
      --zone-color: GrayText;
    }
    .zone-developmental {
      --zone-color: Canvas;
    }
    .zone-teacher {
      --zone-color: Highlight;
    }
    .zone-desired {
      --zone-color: LinkText;
    }
    .ticks,
    .hinge line,
    .needle line,
    .reference line {
      stroke: CanvasText;
    }
    text,
    .tick-labels text,
    .needle circle,
    .off-scale path {
      fill: CanvasText;
    }
    /* An outlined band: the needle (CanvasText) stays visible where it crosses it. */
    .ci {
      fill: Canvas;
      fill-opacity: 1;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
  }

  @media print {
    :host {
      break-inside: avoid;
    }
    .zone {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    button {
      display: none;
    }
  }
`;
