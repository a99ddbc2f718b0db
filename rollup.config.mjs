import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * Prints each output chunk's size (raw and gzip), so every build shows what a host page downloads,
 * and fails the build when a chunk outgrows its budget (KB gzip): what every page view pays for
 * (`sek-zoeker.js`) and the map chunk. Other lazy chunks (printing) share one small budget.
 */
function sizeBudget(budgetsKb) {
  return {
    name: 'size-budget',
    generateBundle(_options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const raw = Buffer.byteLength(chunk.code);
        const gzip = gzipSync(chunk.code, { level: 9 }).length;
        console.log(`widget bundle: ${name.padEnd(28)} ${(raw / 1024).toFixed(1).padStart(7)} KB  ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
        const budget = budgetsKb.find(([pattern]) => pattern.test(name))?.[1];
        if (budget === undefined) this.error(`${name} has no size budget`);
        if (gzip > budget * 1024) this.error(`${name} is ${(gzip / 1024).toFixed(1)} KB gzip, over its budget of ${budget} KB`);
      }
    },
  };
}

/**
 * Fails the build when a module that must stay out of the widget gets in: zod (the widget imports
 * only types and the zod-free vocabularies from @sek/contract) or any service source file.
 */
function forbidModules(patterns) {
  return {
    name: 'forbid-modules',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const offending = Object.keys(chunk.modules).filter((id) => patterns.some((pattern) => pattern.test(id)));
        if (offending.length) this.error(`${chunk.fileName} must not include: ${offending.join(', ')}`);
      }
    },
  };
}

const forbidden = [/[\\/]node_modules[\\/](\.pnpm[\\/])?zod/, /[\\/]service[\\/]src[\\/]/];

/** `<sek-zoeker>`: what every host page loads, with its lazy chunks. */
const zoeker = {
  input: { 'sek-zoeker': 'widget/src/sek-zoeker.ts' },
  // Code shared with the lazy chunks stays in sek-zoeker.js (which may then export it to them),
  // instead of moving to a third file that every page view would have to fetch.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'widget/dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    resolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'widget/tsconfig.json' }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    forbidModules(forbidden),
    sizeBudget([[/^sek-zoeker\.js$/, 25], [/^chunks\/sek-zoeker-kaart-/, 100], [/^chunks\//, 10]]),
  ],
};

/**
 * `<sek-beheer>`: the management app at /beheer/, its own bundle (one file, built separately, so
 * nothing of it reaches a resident's page). It draws the offer preview with the widget's own
 * detail view; the service still validates every save.
 */
const beheer = {
  input: { 'sek-beheer': 'widget/src/beheer/sek-beheer.ts' },
  // The entry itself carries the shared code (lit, the API client) that lazy screens import from it.
  preserveEntrySignatures: false,
  // Screens few people open (Actueel, Inzicht) are lazy chunks of their own; Inzicht's map (OpenLayers) too.
  output: { dir: 'widget/dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/beheer-[name]-[hash].js', sourcemap: true },
  plugins: [
    resolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'widget/tsconfig.json' }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    forbidModules(forbidden),
    sizeBudget([[/^sek-beheer\.js$/, 40], [/^chunks\/beheer-white-spot-map-/, 100], [/^chunks\/beheer-/, 10]]),
  ],
};

/**
 * `<sek-aanbod-aanmelden>`: the provider form, its own bundle for a library's or gemeente's "Meld
 * uw aanbod aan" page (and loaded by /beheer/ from here). It draws the preview with `<sek-zoeker>`'s
 * views; the map to confirm the spot is a lazy chunk.
 */
const aanmelden = {
  ...zoeker,
  input: { 'sek-aanbod-aanmelden': 'widget/src/aanmelden/sek-aanbod-aanmelden.ts' },
  output: { ...zoeker.output, chunkFileNames: 'chunks/aanmelden-[name]-[hash].js' },
  plugins: [
    resolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'widget/tsconfig.json' }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    forbidModules(forbidden),
    sizeBudget([[/^sek-aanbod-aanmelden\.js$/, 30], [/^chunks\/aanmelden-sek-zoeker-kaart-/, 100], [/^chunks\//, 10]]),
  ],
};

/** `<sek-aanbod-controle>`: the "Klopt dit nog?" page the links in freshness mails open. */
const controle = {
  ...aanmelden,
  input: { 'sek-aanbod-controle': 'widget/src/controle/sek-aanbod-controle.ts' },
  output: { ...zoeker.output, chunkFileNames: 'chunks/controle-[name]-[hash].js' },
  plugins: [
    resolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'widget/tsconfig.json' }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
    forbidModules(forbidden),
    sizeBudget([[/^sek-aanbod-controle\.js$/, 20], [/^chunks\//, 10]]),
  ],
};

export default [zoeker, beheer, aanmelden, controle];
