// TypeDoc plugin: leaves out each element's `static styles`. It is Lit plumbing, not API (elements
// are styled through --lzm-* properties and parts), and its inherited comment links to Lit's `css`,
// which TypeDoc cannot resolve.
import { Converter, ReflectionKind } from 'typedoc';

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      if (reflection.name === 'styles' && reflection.flags.isStatic && reflection.parent?.kindOf(ReflectionKind.Class)) {
        context.project.removeReflection(reflection);
      }
    }
  });
}
