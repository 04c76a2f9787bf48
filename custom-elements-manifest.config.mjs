/**
 * @custom-elements-manifest/analyzer settings (read by `cem analyze` in scripts/build.mjs).
 * Elements declare Lit's `static properties`; the analyzer lists every entry as an attribute,
 * including internal state (`state: true`), so the plugin drops attributes of private and
 * protected fields: they are not public API.
 */
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'lzm-drop-internal-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const internal = new Set(
              (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
            );
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
            }
            for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
          }
        }
      },
    },
  ],
};
