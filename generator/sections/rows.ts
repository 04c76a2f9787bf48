import type { CsvRow, CsvTable } from '../../components/core/csv.js';
import { toDataError, type LzmDataError } from '../../components/core/errors.js';

/**
 * The element readers stop at a file's first problem. Reading each row alone with the same reader
 * finds every bad row, so one run reports them all; a problem of the header row comes back from
 * every row and is reported once. Problems between rows (a duplicate) need the whole table.
 */
export function rowErrors(table: CsvTable, file: string, read: (table: CsvTable) => unknown): LzmDataError[] {
  const errors = new Map<string, LzmDataError>();
  for (const row of table.rows) {
    try {
      read({ ...table, rows: [row] });
    } catch (error) {
      const problem = toDataError(error, { file });
      errors.set(problem.format('en'), problem);
    }
  }
  return [...errors.values()];
}

/** A section's input file: a CSV table (kept whole for the element's reader) or parsed JSON. */
export type TableInput = { file: string; table: CsvTable } | { file: string; json: unknown };

/**
 * beginCsv for a section whose element reader needs the whole table (landscape, survey, legend):
 * the rows are kept in a new input, pushed onto `inputs`.
 */
export function collectTable(inputs: TableInput[], headers: readonly string[], file: string): (row: CsvRow) => void {
  const input = { file, table: { headers: [...headers], rows: [] as CsvRow[], delimiter: ';' } };
  inputs.push(input);
  return (row) => input.table.rows.push(row);
}
