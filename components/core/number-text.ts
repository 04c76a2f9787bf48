// One optional sign, digits, at most one decimal separator (point or comma, as Dutch Excel
// writes "0,62"). Thousands separators are refused on purpose: "1.234" would be ambiguous.
// No imports: an element's number attributes can use it without the data layer's messages.
const NUMBER = /^[+\-\u2212]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** The number a trimmed plain decimal ("0,62", "-0.2", "−0,2") writes, else undefined. */
export function plainNumber(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text.replace(',', '.').replace('\u2212', '-')) : undefined;
}
