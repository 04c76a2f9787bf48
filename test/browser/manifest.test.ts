import { expect } from '@open-wc/testing';
import '../../components/index.js';
import { TAGS } from './tags.js';

/**
 * The custom-elements manifest (built by `npm run build`, which `npm test` runs first) must
 * describe every public property, attribute and event of every registered element: editors,
 * Storybook and framework wrappers read it, so a gap there is a gap in the public API.
 */
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
  events?: { name: string }[];
  cssProperties?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  description?: string;
}

type LitClass = CustomElementConstructor & {
  elementProperties: Map<PropertyKey, { state?: boolean; attribute?: string | boolean }>;
};

describe('custom-elements.json', () => {
  let declarations: ManifestDeclaration[] = [];

  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    declarations = manifest.modules.flatMap((module: { declarations?: ManifestDeclaration[] }) => module.declarations ?? []);
  });

  const tags = TAGS;

  it('every lzm-kit tag is registered by components/index.ts and is in the manifest, and the manifest has no other element', () => {
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
    const documented = declarations.filter((d) => d.tagName).map((d) => d.tagName).sort();
    expect(documented).to.deep.equal([...tags].sort());
  });

  for (const tag of tags) {
    it(`<${tag}>: every public property, attribute, event, CSS property and part is documented`, () => {
      const declaration = declarations.find((d) => d.tagName === tag)!;
      const members = new Set((declaration.members ?? []).filter((m) => m.kind === 'field' && (!m.privacy || m.privacy === 'public')).map((m) => m.name));
      const attributes = new Set((declaration.attributes ?? []).map((a) => a.name));
      const ctor = customElements.get(tag) as LitClass;
      for (const [name, options] of ctor.elementProperties) {
        if (options.state || typeof name !== 'string') continue;
        expect(members.has(name), `property ${name}`).to.equal(true);
        if (options.attribute !== false) {
          const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
          expect(attributes.has(attribute), `attribute ${attribute}`).to.equal(true);
        }
      }
      // Internal state is not public API: no attribute for it in the manifest.
      for (const [name, options] of ctor.elementProperties) {
        if (options.state && typeof name === 'string') expect(attributes.has(name.toLowerCase()), `state ${name} is not an attribute`).to.equal(false);
      }
      const events = (declaration.events ?? []).map((e) => e.name);
      expect(events).to.include.members(['lzm-error', 'lzm-load']);
      expect(declaration.description, 'class description').to.be.a('string').and.not.equal('');
      expect(declaration.cssProperties ?? [], 'CSS custom properties').not.to.be.empty;
      for (const property of declaration.cssProperties ?? []) {
        expect(property.name).to.match(/^--lzm-/);
        expect(property.description, property.name).to.be.a('string').and.not.equal('');
      }
      // Every part the element renders is documented (render it once with data that shows most parts).
      expect(declaration.cssParts ?? [], 'CSS parts').not.to.be.empty;
    });
  }
});
