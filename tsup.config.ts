import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      config: 'src/config/index.ts',
      telemetry: 'src/telemetry/index.ts',
      sentry: 'src/integrations/sentry.ts',
      'sentry-core': 'src/integrations/sentry-core.ts',
      pino: 'src/integrations/pino.ts',
      otel: 'src/integrations/otel.ts',
      stream: 'src/integrations/stream.ts',
      'stream/worker': 'src/integrations/stream/worker.ts',
    },
    // env-paths and @sveltejs/acorn-typescript ship as ESM only: bundled, so that the CJS build works
    // on every Node 20 (require() of ESM needs 20.19+). acorn itself stays external (it has a CJS build).
    noExternal: ['env-paths', 'is-safe-filename', '@sveltejs/acorn-typescript'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: false,
    splitting: false,
  },
  {
    // The bin is one bundle: the stream it holds looks for its worker next to it (`scrub --workers`).
    entry: { 'cli/bin': 'src/cli/bin.ts', 'cli/stream/worker': 'src/integrations/stream/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
