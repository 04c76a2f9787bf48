/**
 * The two corpus files too big to commit (issue 9), made the same way by the Node and the browser
 * tests: a 10 MB CSV whose line breaks were lost, and a 50 MB JSON list of influences.
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

/** A JSON list of influences of just under 50 MiB (52 MB). */
export function bigJson(): string {
  const item = '{ "name": "Feedback op het proces", "value": 0.62, "n": 27 }';
  const count = Math.floor((50 * 1024 * 1024) / (item.length + 2));
  return `[\n${Array.from({ length: count }, () => item).join(',\n')}\n]\n`;
}
