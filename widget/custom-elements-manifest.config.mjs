/**
 * Generates dist/custom-elements.json (served at /widget/custom-elements.json) from the class JSDoc:
 * attributes, properties, events, parts and CSS custom properties.
 */
export default {
  globs: ['src/sek-zoeker-element.ts', 'src/sek-zoeker.ts'],
  outdir: 'dist',
  litelement: true,
};
