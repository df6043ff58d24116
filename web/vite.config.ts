import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  // Brotli and gzip copies beside every text asset, made once at build time at the highest level: the server
  // sends the smallest one the browser accepts (@fastify/static `preCompressed`) without compressing per request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, exclude: [/\.vite\//] })],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    // The manifest lets bench/bundle.ts follow each face's import graph.
    manifest: true,
    rolldownOptions: {
      output: {
        // A module's messages (web/src/modules/<name>/<part>.<lang>.ts) ship in the chunk of the central messages
        // of the same part and language: a part stays one download however many modules add to it.
        codeSplitting: {
          groups: (['member', 'console', 'audit'] as const).flatMap((part) =>
            (['zh-CN', 'en'] as const).map((lang) => ({
              name: `${lang}.${part}`,
              test: new RegExp(
                `src[\\\\/](i18n[\\\\/]${lang}\\.${part}|modules[\\\\/][^\\\\/]+[\\\\/]${part}\\.${lang})\\.ts$`,
              ),
            })),
          ),
        },
      },
    },
  },
});
