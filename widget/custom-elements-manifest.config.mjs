/**
 * Generates dist/custom-elements.json (served at /widget/custom-elements.json) from the class JSDoc:
 * attributes, properties, events, parts and CSS custom properties.
 */
export default {
  globs: ['src/sek-zoeker-element.ts', 'src/sek-zoeker.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // Events are fired through one helper, emit(name, detail); the analyzer would list its parameter as an event.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('sek-'));
          }
        }
      },
    },
  ],
};
