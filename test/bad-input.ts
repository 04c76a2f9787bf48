/**
 * The corpus files too big to commit (issues 9 and 17), made the same way by the Node and the
 * browser tests: a 10 MB CSV whose line breaks were lost, a 50 MB JSON list of influences, and a
 * 1 MiB export with a second file pasted after it (its BOM past the generator's first piece).
 */

/** One entry of test/fixtures/bad/expected.json: the element's message and, where they differ, the CLI's lines. */
export interface ExpectedError {
  element: string;
  nl: string;
  en: string;
  exit: number;
  generated?: boolean;
  cli?: { nl: string[]; en: string[] };
}

/** A pupil export of 10 MB on one line: every row break became a space. */
export function longLine(): string {
  const parts = ['leerling;groep;vak;voormeting;nameting'];
  let size = parts[0].length;
  for (let i = 1; size < 10 * 1024 * 1024; i++) {
    const row = `L${String(i).padStart(6, '0')};5A;rekenen;${10 + (i % 7)};${12 + (i % 5)}`;
    parts.push(row);
    size += row.length + 1;
  }
  return parts.join(' ');
}

/** A pupil export of just over 1 MiB with a second export (BOM and header) pasted after it. */
export function bomAfterMiB(): string {
  const header = 'leerling;groep;vak;voormeting;nameting';
  const rows = [header];
  let size = header.length;
  for (let i = 1; size < 1024 * 1024 + 100; i++) {
    const row = `L${String(i).padStart(6, '0')};5A;rekenen;${10 + (i % 7)};${12 + (i % 5)}`;
    rows.push(row);
    size += row.length + 2;
  }
  return `${rows.join('\r\n')}\r\n\ufeff${header}\r\nX1;5A;rekenen;10;12\r\n`;
}

/** The generated files by name (expected.json marks them `"generated": true`). */
export const GENERATED: Record<string, () => string> = {
  'lang-regel.csv': () => longLine(),
  'groot.json': () => bigJson(),
  'bom-na-1mib.csv': () => bomAfterMiB(),
};

/** A JSON list of influences of just under 50 MiB (52 MB). */
export function bigJson(): string {
  const item = '{ "name": "Feedback op het proces", "value": 0.62, "n": 27 }';
  const count = Math.floor((50 * 1024 * 1024) / (item.length + 2));
  return `[\n${Array.from({ length: count }, () => item).join(',\n')}\n]\n`;
}
