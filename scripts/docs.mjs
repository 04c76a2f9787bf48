// npm run docs: the typedoc API site in docs/api plus a usage page per element. Each page is
// docs/elements/<name>.md (prose and ```html live examples, which run the package's own
// cdn/lzm-kit.js) with the element's reference appended from custom-elements.json: attributes and
// properties, events, CSS custom properties, parts and slots. TypeDoc treats warnings as errors.
// Needs `npm run build` first (the manifest and cdn/).
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const root = new URL('../', import.meta.url);
const at = (path) => new URL(path, root).pathname;

if (!existsSync(at('custom-elements.json')) || !existsSync(at('cdn/lzm-kit.js'))) {
  console.error('npm run docs: run `npm run build` first (custom-elements.json and cdn/ are build outputs).');
  process.exit(1);
}
const manifest = JSON.parse(await readFile(at('custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));

/** A table cell: code for names, pipes escaped, line breaks joined. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '—');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n' : 'None.\n';

export function reference(element) {
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const rows = fields.map((f) => [code(f.attribute), code(f.name), code(f.type?.text), code(f.default), cell(f.description)]);
  for (const attribute of element.attributes ?? []) {
    if (!attribute.fieldName) rows.push([code(attribute.name), '—', code(attribute.type?.text), '—', cell(attribute.description ?? 'Language of the element (`nl` or `en`); else the nearest ancestor\'s, else `nl`.')]);
  }
  const parts = [
    '## Reference',
    '',
    `Generated from \`custom-elements.json\` (class \`${element.name}\`).`,
    '',
    '### Attributes and properties',
    '',
    table(['attribute', 'property', 'type', 'default', 'description'], rows),
    '### Events',
    '',
    'All bubble and are composed (they cross shadow roots).',
    '',
    table(['event', 'description'], (element.events ?? []).map((e) => [code(e.name), cell(e.description)])),
    '### CSS custom properties',
    '',
    table(['property', 'default', 'description'], (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)])),
    '### Parts',
    '',
    'Style them from outside with `::part(name)`.',
    '',
    table(['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
  ];
  if (element.slots?.length) parts.push('### Slots', '', table(['slot', 'description'], element.slots.map((s) => [code(s.name || '(default)'), cell(s.description)])));
  return parts.join('\n');
}

/** ```html live blocks become the live markup (an HTML block: no blank lines) followed by its code. */
export function liveExamples(markdown) {
  return markdown.replace(/```html live\n([\s\S]*?)```/g, (_all, html) => {
    const live = html.split('\n').filter((line) => line.trim() !== '').join('\n');
    return `<div class="lzm-live">\n${live}\n</div>\n\n\`\`\`html\n${html}\`\`\``;
  });
}

const build = at('.docs/');
await rm(build, { recursive: true, force: true });
await mkdir(`${build}elements`, { recursive: true });
const pages = new Set((await readdir(at('docs/elements'))).filter((f) => f.endsWith('.md')));
for (const element of elements) {
  const page = `${element.tagName.replace(/^lzm-/, '')}.md`;
  if (!pages.has(page)) throw new Error(`<${element.tagName}> has no usage page: write docs/elements/${page}`);
  const markdown = liveExamples(await readFile(at(`docs/elements/${page}`), 'utf8'));
  await writeFile(`${build}elements/${page}`, `${markdown.trimEnd()}\n\n${reference(element)}`);
}
// TypeDoc adds this as a classic deferred script on every page; the elements are ES modules.
await writeFile(
  `${build}live-examples.js`,
  "// Registers the lzm-kit elements for the live examples (cdn/ is copied beside the site).\nimport(new URL('../cdn/lzm-kit.js', document.currentScript.src).href);\n",
);

try {
  execFileSync(at('node_modules/.bin/typedoc'), ['--treatWarningsAsErrors'], { stdio: 'inherit', cwd: at('.') });
} catch {
  console.error('npm run docs: typedoc reported the problems above (warnings count as errors).');
  process.exit(1);
}
await cp(at('cdn'), at('docs/api/cdn'), { recursive: true });
await cp(at('docs/elements/data'), at('docs/api/data'), { recursive: true });
console.log(`docs/api: API reference and ${elements.length} element pages`);
