import type { LzmFeedbackLegend } from '../components/feedback-legend/feedback-legend.js';

/** How many cards fit on one A4 sheet, per card size. */
export const CARDS_PER_PAGE = { a6: [1, 2, 4], a5: [1, 2] } as const;

/**
 * Sheet layouts. `tight`: the cards fill the page edge to edge (cut margin 0, so neighbouring cards
 * share their cut lines); otherwise each card keeps room for its cut marks.
 * A6 is 105 × 148 mm: 4 fill A4 portrait (210 × 297), 2 sit side by side on A4 landscape.
 * A5 is 148 × 210 mm: 1 on A4 portrait, 2 fill A4 landscape (297 × 210).
 */
const LAYOUT: Record<string, { landscape: boolean; columns: number; tight: boolean }> = {
  'a6-1': { landscape: false, columns: 1, tight: false },
  'a6-2': { landscape: true, columns: 2, tight: false },
  'a6-4': { landscape: false, columns: 2, tight: true },
  'a5-1': { landscape: false, columns: 1, tight: false },
  'a5-2': { landscape: true, columns: 2, tight: true },
};

/** Waits until a copy has drawn its card (its data reader loads lazily). */
async function rendered(card: LzmFeedbackLegend): Promise<void> {
  for (let frame = 0; frame < 100; frame++) {
    await card.updateComplete;
    if (card.shadowRoot?.querySelector('[part="card"], [role="alert"]')) return;
    await new Promise(requestAnimationFrame);
  }
}

/**
 * Builds the print sheet: `count` copies of the card, with cut marks, laid out on one A4 page.
 * On screen the sheet is hidden; in print it is the only thing on the page (demo.css).
 */
export async function buildSheet(card: LzmFeedbackLegend, count: number): Promise<HTMLElement> {
  document.querySelector('.sheet')?.remove();
  const layout = LAYOUT[`${card.printSize}-${count}`] ?? LAYOUT['a6-1'];
  const sheet = document.createElement('div');
  sheet.className = ['sheet', layout.landscape ? 'landscape' : 'portrait', layout.tight ? 'tight' : '', `columns-${layout.columns}`].join(' ');
  const page = document.createElement('style');
  page.textContent = `@page { size: A4 ${layout.landscape ? 'landscape' : 'portrait'}; margin: 0; }`;
  const copies = Array.from({ length: count }, () => {
    const copy = card.cloneNode() as LzmFeedbackLegend;
    copy.removeAttribute('data-main');
    copy.data = card.data;
    copy.cutMarks = true;
    copy.lang = card.closest('[lang]')?.getAttribute('lang') ?? 'nl';
    return copy;
  });
  sheet.append(page, ...copies);
  document.body.append(sheet);
  await Promise.all(copies.map(rendered));
  return sheet;
}

/** Builds the sheet and opens the print dialog; the sheet goes away after printing. */
export async function printSheet(card: LzmFeedbackLegend, count: number): Promise<void> {
  const sheet = await buildSheet(card, count);
  window.addEventListener('afterprint', () => sheet.remove(), { once: true });
  window.print();
}
