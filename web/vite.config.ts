import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  // Brotli and gzip copies beside every text asset, made once at build time at the highest level: the server
  // sends the smallest one the browser accepts (@fastify/static `preCompressed`) without compressing per request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, exclude: [/\.vite\//] })],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  // The manifest lets bench/bundle.ts follow each face's import graph.
  build: { outDir: 'dist', manifest: true },
});
