// The command line built to JavaScript (dist/cli/declutter.js), so an
// installed package runs it with plain Node: dependencies (jsdom) stay
// external and are installed with the package; the engine is bundled in.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'declutter.js' } },
  },
  logLevel: 'warn',
});
