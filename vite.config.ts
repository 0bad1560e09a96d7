import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests are configured in vitest.config.ts (which takes precedence for vitest).
export default defineConfig({
  // The client lives in client/; the server serves dist/client at "/".
  root: fromRoot("./client"),
  plugins: [react()],
  build: {
    outDir: fromRoot("./dist/client"),
    emptyOutDir: true,
    // cytoscape alone is ~430 kB minified; one chunk is fine for a local tool.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { "/api": "http://localhost:8080" },
  },
});
