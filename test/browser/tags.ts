/**
 * The tags lzm-kit registers (components/index.ts). The browser tests loop over this list as it is,
 * never filtered by what happens to be registered: manifest.test.ts checks that every tag here is
 * registered and documented, and that the manifest has no element missing here.
 */
export const TAGS = ['lzm-barometer', 'lzm-landscape', 'lzm-senge-wheel', 'lzm-feedback-legend', 'lzm-effect-plot'] as const;
