// @ts-check
/**
 * The page's own inline module (hashed into the CSP like the runtime): hands each element its data
 * from the JSON block, and makes tables marked `data-sortable` sortable and filterable. Without
 * JavaScript the tables are there, already sorted by effect size. Plain JavaScript, type-checked
 * (`// @ts-check`, JSDoc types) and linted with the rest; the generator inlines the file as it is.
 */
const data = /** @type {Record<string, unknown>} */ (JSON.parse(document.getElementById('lzm-data')?.textContent ?? '{}'));
for (const [id, value] of Object.entries(data)) {
  const element = /** @type {(HTMLElement & { data?: unknown }) | null} */ (document.getElementById(id));
  if (element) element.data = value;
}
for (const table of document.querySelectorAll('table[data-sortable]')) {
  const body = /** @type {HTMLTableElement} */ (table).tBodies[0];
  const input = document.createElement('input');
  input.type = 'search';
  const label = document.createElement('label');
  label.className = 'filter';
  label.append(`${/** @type {HTMLTableElement} */ (table).dataset.filterLabel} `, input);
  table.closest('.table-wrap')?.before(label);
  input.addEventListener('input', () => {
    const query = input.value.trim().toLowerCase();
    for (const row of body.rows) row.hidden = !(row.cells[0].textContent ?? '').toLowerCase().includes(query);
  });
  const heads = [.../** @type {HTMLTableElement} */ (table).tHead?.rows[0].cells ?? []];
  heads.forEach((th, column) => {
    if (!body.rows[0] || !body.rows[0].cells[column].hasAttribute('data-sort')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of heads) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      /** @param {HTMLTableRowElement} row */
      const key = (row) => row.cells[column].dataset.sort ?? '';
      /** @param {string} text */
      const number = (text) => (text === '' ? -Infinity : Number(text));
      const rows = [...body.rows].sort((a, b) => {
        const order = column === 0 ? key(a).localeCompare(key(b), document.documentElement.lang) : number(key(a)) - number(key(b));
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}
