import { css } from 'lit';
import * as theme from '../core/theme-defaults.js';

/** One stylesheet shared (adopted) by every legend on the page. */
export const legendStyles = css`
  :host {
    max-width: var(--lzm-legend-max-width, 34rem);
    /* The card's background, resolved to a colour on the host, where the element reads it before
       rendering the dots' outlines (a column rule is never drawn: the host has no columns). */
    column-rule-color: var(--lzm-legend-background, ${theme.background});
  }
  .frame {
    position: relative;
  }
  .card {
    background: var(--lzm-legend-background, ${theme.background});
    border: 1px solid var(--lzm-legend-border, ${theme.borderColor});
    border-radius: 0.5em;
    padding: 0.8em 1em;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
  }
  .subheading {
    margin: 0.5em 0 0.2em;
    font-size: 1em;
  }
  .hint {
    margin: 0.1em 0 0.5em;
    color: ${theme.mutedColor};
    font-size: 0.9em;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul li {
    display: grid;
    grid-template-columns: 1.2em 1.6em 1fr;
    gap: 0 0.5em;
    align-items: start;
    padding: 0.3em 0;
    border-top: 1px solid ${theme.borderColor};
  }
  .number {
    font-weight: 700;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .dot {
    width: 1.6em;
    height: 1.6em;
  }
  .dot text {
    font-size: 12px;
    font-weight: 700;
  }
  .outline {
    stroke: var(--lzm-legend-outline, ${theme.textColor});
    stroke-width: 1.2;
  }
  .name {
    margin-right: 0.3em;
  }
  .count {
    grid-column: 3;
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    width: 8em;
    height: 0.7em;
    background: ${theme.legendTrack};
  }
  .bar .outline {
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .theory {
    margin-top: 0.5em;
    border-top: 2px solid var(--lzm-legend-border, ${theme.borderColor});
    font-size: 0.85em;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.6em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .mark {
    display: inline-block;
    width: 1.2em;
    font-weight: 700;
  }
  .cycle {
    list-style: decimal inside;
  }
  :host([cut-marks]) {
    padding: var(--lzm-legend-cut-margin, 6mm);
  }
  .marks i {
    position: absolute;
    width: 5mm;
    height: 5mm;
    border: 0 solid ${theme.textColor};
  }
  .marks i:nth-child(1) {
    top: -5mm;
    left: -5mm;
    border-width: 0 0.2mm 0.2mm 0;
  }
  .marks i:nth-child(2) {
    top: -5mm;
    right: -5mm;
    border-width: 0 0 0.2mm 0.2mm;
  }
  .marks i:nth-child(3) {
    bottom: -5mm;
    left: -5mm;
    border-width: 0.2mm 0.2mm 0 0;
  }
  .marks i:nth-child(4) {
    bottom: -5mm;
    right: -5mm;
    border-width: 0.2mm 0 0 0.2mm;
  }

  /* Forced colours (Windows high contrast): the dots keep the colours the teacher marks with (a
     pupil matches them with the card), outlined so that each shows on any background. */
  @media (forced-colors: active) {
    .dot,
    .bar {
      forced-color-adjust: none;
    }
    .dot path,
    .bar rect {
      stroke: CanvasText;
      stroke-width: 1.2;
    }
    .bar {
      background: Canvas;
      outline: 1px solid CanvasText;
    }
    .bar rect {
      stroke-width: 2;
      vector-effect: non-scaling-stroke;
    }
  }

  /* A6 or A5 card; the demo's sheet lays several on one A4 page. */
  @media print {
    :host {
      display: inline-block;
      max-width: none;
      font-size: var(--lzm-legend-print-font-size, 9pt);
      break-inside: avoid;
    }
    :host([print-size='a5']) {
      font-size: calc(1.3 * var(--lzm-legend-print-font-size, 9pt));
    }
    .card {
      width: 105mm;
      height: 148mm;
      overflow: hidden;
      padding: 5mm 6mm;
      border-radius: 0;
    }
    :host([print-size='a5']) .card {
      width: 148mm;
      height: 210mm;
      padding: 8mm 9mm;
    }
    ul li {
      padding: 0.15em 0;
    }
    .theory {
      font-size: 0.8em;
    }
    .card,
    .dot,
    .bar {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
