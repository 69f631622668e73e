import { defineConfig } from 'vite';

/**
 * Builds the command line (`npm run build:cli`) into `dist-cli/`: plain JavaScript for Node, the
 * libraries bundled in, one file per entry (`cohortscope.js`, the `bin`, and the Monte Carlo
 * worker it starts) and one per lazily imported command, all in one folder so that the compiled
 * pool finds `montecarlo.node-worker.js` beside itself. Bundled (by the Vite that builds the
 * site) rather than compiled file by file, because loading hundreds of small CommonJS files of
 * the statistics libraries would cost most of the start-up; minified, because parsing less
 * starts faster and the command prints messages, never stack traces.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        cohortscope: 'src/cli/main.ts',
        'montecarlo.node-worker': 'src/worker/montecarlo.node-worker.ts',
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        banner: (chunk) =>
          chunk.isEntry && chunk.name === 'cohortscope' ? '#!/usr/bin/env node' : '',
      },
    },
  },
  // Bundle every library: the installed command needs nothing but Node.
  ssr: { noExternal: true, target: 'node' },
});
