import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentModules } from './vite/graphql-documents';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://localhost:3000';
const FRAMEWORK_PACKAGES =
  /node_modules[\\/](react|react-dom|scheduler|react-router|@apollo[\\/]client|graphql|graphql-ws|rxjs|optimism|@wry[\\/][^\\/]+)[\\/]/;

export default defineConfig({
  root: projectRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/web`,
  plugins: [graphqlDocumentModules(`${projectRoot}src/gql/graphql.ts`), react()],
  resolve: {
    // The web app compiles the shared domain code from source, like the API does,
    // so no separate build of the library is needed before serving or building.
    alias: { '@ecw/domain': `${workspaceRoot}libs/shared/domain/src/index.ts` },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/collab': { target: api, ws: true },
      '/healthz': { target: api },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    // The framework chunk (React DOM, Apollo Client, React Router) is ~440 kB minified,
    // ~135 kB gzipped, and that is expected; warn only if it grows well past it. i18next is not
    // in it: it loads with the screens (i18n/shell-language.ts).
    chunkSizeWarningLimit: 640,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every screen needs change far less often than our code: in their own
          // chunk they stay cached across releases of the app.
          groups: [{ name: 'framework', test: FRAMEWORK_PACKAGES }],
        },
      },
    },
  },
});
