import { css } from 'lit';
import * as theme from '../core/theme-defaults.js';

/**
 * The forest plot's stylesheet. Row height (24px), axis height (30px) and the column split (names
 * left of 42%, n right of 90%) are the numbers of effect-plot.geometry.ts: the HTML rows and the
 * SVG marks must line up.
 */
export const effectPlotStyles = css`
  :host {
    max-width: var(--lzm-effect-plot-max-width, 48rem);
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    font-size: 1.05em;
  }
  .count,
  .empty {
    margin: 0.2em 0;
    font-size: 0.85em;
    color: ${theme.mutedColor};
  }
  .plot {
    position: relative;
    max-height: var(--lzm-effect-plot-max-height, 36rem);
    overflow-y: auto;
    border: 1px solid ${theme.borderColor};
    border-radius: 4px;
    scroll-behavior: smooth;
    font-size: 0.8em;
    line-height: 24px;
  }
  .plot:focus-visible {
    outline: 3px solid ${theme.focusColor};
    outline-offset: 2px;
  }
  /* The axis is the query container (for its tick labels): on the host, the whole plot of 320 rows
     would be laid out twice. */
  .axis {
    container-type: inline-size;
    position: sticky;
    top: 0;
    z-index: 1;
    height: 30px;
    /* Opaque by default, or rows would show through the axis as they scroll under it. */
    background: ${theme.background};
    border-bottom: 1px solid ${theme.borderColor};
  }
  svg {
    display: block;
    width: 100%;
    overflow: visible;
  }
  .axis text,
  .off-value {
    font-size: 11px;
    fill: ${theme.tickColor};
    font-variant-numeric: tabular-nums;
  }
  .axis .heading {
    font-weight: 600;
    fill: ${theme.textColor};
  }
  .tick line {
    stroke: ${theme.tickColor};
  }
  .hinge-tick text {
    font-weight: 700;
    fill: ${theme.hingeColor};
  }
  .hinge-mark {
    stroke: ${theme.hingeColor};
    stroke-width: 3;
  }
  .body {
    position: relative;
  }
  /* Over the rows (it is positioned, they are not): clicks and hovers go through it to them. */
  .marks {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  .band {
    fill: var(--zone-color);
    fill-opacity: var(--lzm-band-opacity, 0.14);
  }
  .grid,
  .hinge,
  .whiskers {
    fill: none;
    vector-effect: non-scaling-stroke;
  }
  .grid {
    stroke: ${theme.tickColor};
    stroke-opacity: 0.25;
  }
  .hinge {
    stroke: ${theme.hingeColor};
    stroke-width: 2;
  }
  .whiskers {
    stroke: ${theme.ciColor};
    stroke-width: 1.5;
  }
  /* Markers are glyphs (effect-plot.marker.ts), centred on their x and y, about 11 px across. */
  .dot {
    fill: var(--zone-color);
    stroke: ${theme.needleColor};
    stroke-width: 1;
    font: 14px/1 system-ui, sans-serif;
    text-anchor: middle;
    dominant-baseline: central;
    user-select: none;
  }
  .dot.zone-developmental {
    font-size: 12px;
  }
  .dot.zone-teacher {
    font-size: 16px;
  }
  /* The chevron beside a clamped marker, pointing off the scale. */
  .off-scale {
    fill: ${theme.needleColor};
    transform-box: fill-box;
  }
  .off-above {
    transform: translate(4px, -50%);
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  .off-below {
    transform: translate(calc(-100% - 4px), -50%);
    clip-path: polygon(100% 0, 0 50%, 100% 100%);
  }
  .off-value {
    paint-order: stroke;
    stroke: ${theme.background};
    stroke-width: 3px;
  }
  /* A row is one element: its name, cut off before the plot area (42% less the off-scale chevron)
     with an ellipsis; the full name is in the active row's accessible name and the table. */
  .row {
    height: 24px;
    padding: 0 calc(58% + 14px) 0 6px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    scroll-margin-top: 30px;
    cursor: pointer;
    transition: background-color 120ms ease-out;
  }
  .row:hover,
  .row[aria-selected='true'] {
    background: var(--lzm-active-row-background, rgba(9, 105, 218, 0.12));
  }
  .plot:focus-visible .row[aria-selected='true'] {
    outline: 2px solid ${theme.focusColor};
    outline-offset: -2px;
  }
  /* n of every row: one text at the right, a word a row, which a box of no width breaks into a
     line a row; right to left, so each line overflows to the left of the box's right edge (hidden
     from screen readers: the active row's accessible name ends with "n = 27", the table has them). */
  .n {
    position: absolute;
    top: 0;
    right: 6px;
    width: 0;
    direction: rtl;
    /* A line per number, broken only at its spaces: a page that lets long words break (the
       dashboard does, for 320 px) passes overflow-wrap into the shadow root, and in this zero-width
       box "26" would become "2" and "6" on two rows. */
    overflow-wrap: normal;
    word-break: normal;
    white-space: normal;
    color: ${theme.mutedColor};
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }
  /* Below 36rem the plot area is under 230px: every other tick label would run into its neighbours. */
  @container (max-width: 36rem) {
    .tick.odd text {
      display: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .plot {
      scroll-behavior: auto;
    }
    .row {
      transition: none;
    }
  }

  /* Forced colours (Windows high contrast): system colours for every mark, bands as outlines. */
  @media (forced-colors: active) {
    .band {
      fill: Canvas;
      stroke: GrayText;
    }
    .dot,
    .off-scale {
      fill: CanvasText;
      stroke: Canvas;
    }
    .whiskers,
    .tick line {
      stroke: CanvasText;
    }
    .hinge,
    .hinge-mark {
      stroke: Highlight;
    }
    .axis text,
    .axis .heading,
    .off-value {
      fill: CanvasText;
    }
    .row[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }

  /* Every row on paper (the legend's print colours come with it, in effect-plot.details.ts). */
  @media print {
    .plot {
      max-height: none;
      overflow: visible;
    }
  }
`;
