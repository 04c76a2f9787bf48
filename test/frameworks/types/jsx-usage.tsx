// What a user may and may not write in JSX with the typings of React 19 and of Preact: type-checked
// in both programs by test/frameworks/frameworks.test.ts (tsc -p tsconfig.react.json and
// tsconfig.preact.json, each with its own react.tsx / preact.tsx that imports the typings).
// Each @ts-expect-error must meet an error in both, or tsc fails.
export const fromFile = <lzm-barometer src="/data/toets.csv" group="3A" minGroup={5} onlzm-load={(event) => event.detail.kind} />;
export const landscape = (
  <lzm-landscape data={{ islands: { onderzoeken: 0.8 } }} editable onlzm-change={(event) => event.detail.bridges.map((bridge) => bridge.strength)} />
);
export const plot = (
  <lzm-effect-plot data={[{ name: 'Feedback', value: 0.75, n: 27 }]} sort="name" filter="feed" hinge={0.3} show-table onlzm-select={(event) => event.detail.row.name + event.detail.index} />
);
export const wheel = <lzm-senge-wheel model="oecd" systemsThinking={3.2} team-learning="4,1" />;
export const legend = (
  <lzm-feedback-legend showLevels="all" printSize="a5" cut-marks>
    <lzm-feedback-item color="blauw" symbol="vierkantje" number={2} count="4">Controleer je uitleg.</lzm-feedback-item>
  </lzm-feedback-legend>
);
export const ref = (element: HTMLElementTagNameMap['lzm-barometer'] | null) => element?.value;

// @ts-expect-error sort is 'value', 'name' or 'none'
export const badSort = <lzm-effect-plot sort="random" />;
// @ts-expect-error a selected row's value is a number
export const badSelect = <lzm-effect-plot onlzm-select={(event) => event.detail.row.value.toUpperCase()} />;
// @ts-expect-error value is a number property
export const badValue = <lzm-barometer value={{}} />;
// @ts-expect-error no such property
export const badName = <lzm-barometer valeu={1} />;
// @ts-expect-error model is 'senge' or 'oecd'
export const badModel = <lzm-senge-wheel model="hattie" />;
// @ts-expect-error the error detail has no such field
export const badDetail = <lzm-barometer onlzm-error={(event) => event.detail.nope} />;
// @ts-expect-error print-size has no property spelled so; printSize takes 'a6' | 'a5'
export const badSize = <lzm-feedback-legend printSize="a4" />;
// @ts-expect-error an item's colour is text
export const badItem = <lzm-feedback-item color={3} />;
// @ts-expect-error the change detail's scale is a pair of numbers
export const badChange = <lzm-landscape onlzm-change={(event) => event.detail.scale.toUpperCase()} />;
