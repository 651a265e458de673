/**
 * The extension's own build (wxt.config.ts) with hidden sourcemaps, into the benchmark's cache:
 * the maps let tests/bench/measureBundles.ts split the viewer's chunks into our code and
 * node_modules. "Hidden" adds no sourceMappingURL comment, so the .js files are byte for byte
 * what `wxt build` makes.
 *
 *   npx wxt build -c tests/bench/wxt.bench.config.ts
 */
import { defineConfig } from 'wxt';
import base from '../../wxt.config';

export default defineConfig({
  ...base,
  outDir: 'node_modules/.cache/brevtjek-bench/build',
  vite: async (env) => {
    const own = (await base.vite?.(env)) ?? {};
    return { ...own, build: { ...own.build, sourcemap: 'hidden' } };
  },
});
