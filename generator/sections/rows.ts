import type { CsvTable } from '../../components/core/csv.js';
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
