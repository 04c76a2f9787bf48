// Type-checked by test/frameworks/frameworks.test.ts (tsc -p tsconfig.react.json) with jsx-usage.tsx,
// which holds what React 19 and Preact share; here what is React's own (className, ref inference).
import type {} from 'lzm-kit/react';
import type { LzmErrorDetail } from 'lzm-kit/react';

const onError = (event: CustomEvent<LzmErrorDetail>) => console.log(event.detail.line, event.detail.message);

export const barometer = (
  <lzm-barometer value={0.62} ciLow={0.31} ci-high="0.9" label="Feedback" compact show-table lang="en" className="wide" onlzm-error={onError} />
);
export const withRef = <lzm-barometer ref={(element) => void element?.ciHigh} />;
