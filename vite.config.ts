// Vite serves and builds the viewer; Vitest reads its test settings from here too.
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: ".",
  // Relative asset URLs, so dist/ works from any static host and any sub-path.
  base: "./",
  publicDir: "public",
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  // The article builder worker loads the tagger and lexicon in chunks of its own, which needs module workers.
  worker: { format: "es" },
  // The dev server scans the worker too, so its dependencies are bundled at start-up rather than discovered on the
  // first drop (which would reload the page and lose the dropped files).
  optimizeDeps: { entries: ["index.html", "src/viewer/adapters/build-worker.ts"] },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
