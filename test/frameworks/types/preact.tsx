// Type-checked by test/frameworks/frameworks.test.ts (tsc -p tsconfig.preact.json) with jsx-usage.tsx,
// which holds what React 19 and Preact share; here what is Preact's own (class, a typed ref).
import type {} from 'lzm-kit/preact';
import type { LzmErrorDetail } from 'lzm-kit/preact';

const onError = (event: CustomEvent<LzmErrorDetail>) => console.log(event.detail.line, event.detail.message);

export const barometer = (
  <lzm-barometer value={0.62} ciLow={0.31} ci-high="0.9" label="Feedback" compact show-table lang="en" class="wide" onlzm-error={onError} />
);
export const withRef = <lzm-barometer ref={(element: HTMLElementTagNameMap["lzm-barometer"] | null) => void element?.ciHigh} />;
