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
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
