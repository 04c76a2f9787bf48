import { unsafeCSS, type CSSResult } from 'lit';

/*
 * The default of every colour a theme sets: the one place each is written. The elements' styles
 * use these as `${textColor}` (`var(--lzm-text-color, #1f2328)`); test/node/theme-defaults.test.ts
 * checks that themes/default.css sets exactly these values and that the manifest's `@cssprop`
 * defaults say the same. Each is its own export, so a bundle carries only the ones it uses.
 */

/** `var(name, value)` for a css`` template: the custom property with its default. */
function themed(name: string, value: string): CSSResult {
  return unsafeCSS(`var(${name}, ${value})`);
}

export const background = /* @__PURE__ */ themed('--lzm-background', '#ffffff');
export const textColor = /* @__PURE__ */ themed('--lzm-text-color', '#1f2328');
export const mutedColor = /* @__PURE__ */ themed('--lzm-muted-color', '#57606a');
export const borderColor = /* @__PURE__ */ themed('--lzm-border-color', '#d0d7de');
export const focusColor = /* @__PURE__ */ themed('--lzm-focus-color', '#0969da');
export const zoneReverse = /* @__PURE__ */ themed('--lzm-zone-reverse', '#c0392b');
export const zoneDevelopmental = /* @__PURE__ */ themed('--lzm-zone-developmental', '#e0a526');
export const zoneTeacher = /* @__PURE__ */ themed('--lzm-zone-teacher', '#8fa3b0');
export const zoneDesired = /* @__PURE__ */ themed('--lzm-zone-desired', '#2e7d32');
export const needleColor = /* @__PURE__ */ themed('--lzm-needle-color', '#1f2328');
export const referenceColor = /* @__PURE__ */ themed('--lzm-reference-color', '#6e7781');
export const hingeColor = /* @__PURE__ */ themed('--lzm-hinge-color', '#1f2328');
export const ciColor = /* @__PURE__ */ themed('--lzm-ci-color', '#1f2328');
export const tickColor = /* @__PURE__ */ themed('--lzm-tick-color', '#57606a');
export const legendTrack = /* @__PURE__ */ themed('--lzm-legend-track', '#eaeef2');
export const wheelFill = /* @__PURE__ */ themed('--lzm-wheel-fill', '#2f6f9f');
export const wheelHubFill = /* @__PURE__ */ themed('--lzm-wheel-hub-fill', '#7a4f9a');
export const wheelTrack = /* @__PURE__ */ themed('--lzm-wheel-track', '#e6ebf0');
export const wheelLine = /* @__PURE__ */ themed('--lzm-wheel-line', '#1f2328');
export const seaColor = /* @__PURE__ */ themed('--lzm-sea-color', '#dcecf5');
export const islandColor = /* @__PURE__ */ themed('--lzm-island-color', '#d9c27e');
export const polderColor = /* @__PURE__ */ themed('--lzm-polder-color', '#9cc97a');
export const shoreColor = /* @__PURE__ */ themed('--lzm-shore-color', '#57606a');
export const bridgeColor = /* @__PURE__ */ themed('--lzm-bridge-color', '#6b4226');
export const compareColor = /* @__PURE__ */ themed('--lzm-compare-color', '#1f2328');
export const errorColor = /* @__PURE__ */ themed('--lzm-error-color', '#b3261e');
export const errorTextColor = /* @__PURE__ */ themed('--lzm-error-text-color', '#8c1d18');
export const errorBackground = /* @__PURE__ */ themed('--lzm-error-background', '#fdecea');
