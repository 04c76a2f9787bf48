import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { P, MARKERS } from '../helpers/xss-payloads.js';

/**
 * Hostile text (issue 9) in every text field of every input kind — attributes, `.data`, a CSV
 * `src`, a JSON `src` — and in error messages that quote a bad value: it is shown as text, never
 * parsed as HTML, and no script runs (each payload would set window.__xss).
 */

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const blobUrl = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
const csv = (lines: string[]) => blobUrl(lines.join('\r\n'), 'text/csv');
const json = (value: unknown) => blobUrl(JSON.stringify(value), 'application/json');

interface Case {
  name: string;
  tag: string;
  attributes?: Record<string, string>;
  data?: unknown;
  src?: () => string;
  /** `<lzm-feedback-item>` children: attributes and text. */
  items?: Array<{ attributes: Record<string, string>; text: string }>;
  /** The payload ends up in the error message (an unknown name is quoted). */
  error?: boolean;
}

const pupils = ['leerling;groep;vak;voormeting;nameting', ...Array.from({ length: 6 }, (_, i) => `${csvCell(`${P} ${i}`)};${csvCell(P)};${csvCell(P)};${10 + i};${13 + (i % 3)}`)];

const CASES: Case[] = [
  { name: 'barometer attributes (label, reference-label)', tag: 'lzm-barometer', attributes: { value: '0.5', label: P, reference: '0.4', 'reference-label': P } },
  { name: 'barometer .data influence name', tag: 'lzm-barometer', data: { name: P, value: 0.62, n: 20 } },
  { name: 'barometer CSV src influence name, picked by item', tag: 'lzm-barometer', attributes: { item: P }, src: () => csv(['invloed;effectgrootte', `${csvCell(P)};0,62`, 'Huiswerk;0,29']) },
  { name: 'barometer JSON src influence name', tag: 'lzm-barometer', src: () => json([{ name: P, value: 0.62 }]) },
  { name: 'barometer CSV src pupils: pupil, group and subject names', tag: 'lzm-barometer', attributes: { group: P, subject: P, 'show-table': '' }, src: () => csv(pupils) },
  { name: 'barometer error quoting an item that is not there', tag: 'lzm-barometer', attributes: { item: P }, data: [{ name: 'Feedback', value: 0.6 }, { name: 'Huiswerk', value: 0.3 }], error: true },
  { name: 'landscape attributes (label, compare-label)', tag: 'lzm-landscape', attributes: { label: P, 'compare-label': P, 'show-table': '' }, data: { islands: { onderzoeken: 0.5 } } },
  { name: 'landscape CSV src with an unknown part', tag: 'lzm-landscape', src: () => csv(['onderdeel;van;naar;waarde', `${csvCell(P)};;;0,5`]), error: true },
  { name: 'landscape JSON src with an unknown island', tag: 'lzm-landscape', src: () => json({ islands: { [P]: 0.5 } }), error: true },
  { name: 'senge wheel label and .data', tag: 'lzm-senge-wheel', attributes: { label: P, 'show-table': '' }, data: { Systeemdenken: 3.4, Teamleren: 3.9 } },
  { name: 'senge wheel JSON src with a label', tag: 'lzm-senge-wheel', attributes: { label: P }, src: () => json([{ discipline: 'Systeemdenken', score: 3 }, { discipline: 'Teamleren', score: 4 }]) },
  { name: 'senge wheel CSV src with an unknown discipline', tag: 'lzm-senge-wheel', src: () => csv(['discipline;score', 'Teamleren;3', `${csvCell(P)};3`]), error: true },
  { name: 'senge wheel JSON src with an unknown discipline', tag: 'lzm-senge-wheel', src: () => json([{ discipline: P, score: 3 }]), error: true },
  { name: 'feedback legend heading and .data meaning', tag: 'lzm-feedback-legend', attributes: { heading: P }, data: [{ kleur: 'rood', betekenis: P, symbool: 'rondje' }] },
  { name: 'feedback legend CSV src meaning', tag: 'lzm-feedback-legend', src: () => csv(['kleur;betekenis', `rood;${csvCell(P)}`, `blauw;${csvCell(P)}`]) },
  { name: 'feedback legend <lzm-feedback-item> text', tag: 'lzm-feedback-legend', items: [{ attributes: { color: 'rood', symbol: 'rondje' }, text: P }, { attributes: { color: 'blauw' }, text: P }] },
  { name: 'feedback legend <lzm-feedback-item> with an unknown colour', tag: 'lzm-feedback-legend', items: [{ attributes: { color: P }, text: 'x' }], error: true },
  { name: 'effect plot label, filter and .data names', tag: 'lzm-effect-plot', attributes: { label: P, filter: P.slice(0, 3), 'show-table': '' }, data: [{ name: P, value: 0.62, n: 20 }, { name: `${P} 2`, value: 0.2 }] },
  { name: 'effect plot CSV src names', tag: 'lzm-effect-plot', attributes: { 'show-table': '' }, src: () => csv(['invloed;effectgrootte;n', `${csvCell(P)};0,62;20`, 'Huiswerk;0,29;']) },
  { name: 'effect plot JSON src with a filter that matches nothing', tag: 'lzm-effect-plot', attributes: { filter: P }, src: () => json([{ name: 'Huiswerk', value: 0.29 }]) },
  { name: 'feedback legend JSON src with an unknown colour', tag: 'lzm-feedback-legend', src: () => json([{ kleur: P, betekenis: 'x' }]), error: true },
];

/** Every text node and attribute value in a shadow tree (a table, an aria-label and a <title> count). */
function textOf(root: ShadowRoot): string {
  const parts = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) for (const attribute of node.attributes) parts.push(attribute.value);
  return parts.join('\n');
}

declare global {
  interface Window {
    __xss?: number;
  }
}

describe('hostile text in every field of every element', () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: shown as text, no script runs`, async () => {
      delete window.__xss;
      const element = document.createElement(testCase.tag) as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
      for (const [name, value] of Object.entries(testCase.attributes ?? {})) element.setAttribute(name, value);
      if (testCase.data !== undefined) element.data = testCase.data;
      if (testCase.src) element.setAttribute('src', testCase.src());
      for (const item of testCase.items ?? []) {
        const child = document.createElement('lzm-feedback-item');
        for (const [name, value] of Object.entries(item.attributes)) child.setAttribute(name, value);
        child.textContent = item.text;
        element.append(child);
      }
      document.body.append(element);
      try {
        await waitUntil(() => {
          const root = element.shadowRoot;
          return root && !root.querySelector('.loading') && (root.querySelector('[role="alert"]') || root.querySelector('svg, ul, ol, table'));
        }, 'rendered', { timeout: 5000 });
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        const root = element.shadowRoot!;
        expect(!!root.querySelector('[role="alert"]'), 'error state').to.equal(!!testCase.error);
        const text = testCase.error ? root.querySelector('[role="alert"] code')!.textContent! : textOf(root);
        for (const marker of MARKERS) expect(text, JSON.stringify(marker)).to.include(marker);
        expect(root.querySelectorAll('script, img, iframe, object, embed').length, 'no injected elements').to.equal(0);
        for (const node of root.querySelectorAll('*')) {
          for (const attribute of node.attributes) {
            expect(attribute.name, `${node.localName}[${attribute.name}]`).not.to.match(/^on/);
            if (/^(href|src|xlink:href|action)$/.test(attribute.name)) expect(attribute.value).not.to.match(/^\s*javascript:/i);
          }
        }
        expect(window.__xss, 'a payload ran').to.equal(undefined);
      } finally {
        element.remove();
      }
    });
  }
});
