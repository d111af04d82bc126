#!/usr/bin/env node
// `npm test -- docs`: fails when README.md or docs/**/*.md names a repository file or folder that does
// not exist, in a Markdown link or in backticks. Prints each as "file:line: `path` (what was checked)".
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** Top-level folders: a backticked path starting with one of these must exist exactly as written. */
const ROOT_FOLDERS = ['apps', 'libs', 'tools', 'docs', 'docker', 'bench', '.ci'];
/** Made by builds and runs, never committed: naming them is fine. */
const GENERATED = ['dist/', 'node_modules/', 'tmp/', '.data/', '.nx/', 'coverage/', 'test-results/'];
const FILE_EXTENSION = /\.(ts|tsx|js|mjs|cjs|json|jsonc|md|ya?ml|graphql|sql|sh|css|html|svg|example)$/;

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const known = new Set(tracked);
for (const file of tracked) for (let d = dirname(file); d !== '.'; d = dirname(d)) known.add(`${d}/`);

/** What a backticked span is, if it is a repository path worth checking; null for anything else. */
function pathIn(span) {
  if (!/^[\w@.\-/]+$/.test(span) || span.startsWith('/') || span.startsWith('-') || span.includes('//'))
    return null;
  if (GENERATED.some((prefix) => span.startsWith(prefix))) return null;
  if (/^\.\w+$/.test(span)) return null; // an extension such as `.js`, not a file
  const firstSegment = span.split('/')[0] ?? '';
  if (/^[A-Z][A-Z0-9_]+$/.test(firstSegment)) return null; // under an environment variable: `DATA_DIR/…`
  if (span.includes('/') && ROOT_FOLDERS.includes(firstSegment)) return { path: span, exact: true };
  if (span.startsWith('@')) return null; // a package name such as @nestjs/graphql
  if (FILE_EXTENSION.test(span) || (span.includes('/') && span.endsWith('/')))
    return { path: span, exact: false };
  return null;
}

/**
 * Exact: the path from the repository root. Otherwise a shortened path (`core/i18n/messages.ts`):
 * some file ends with it, or a file in an installed package (`i18n-iso-countries/index.js`).
 */
function exists({ path, exact }) {
  const asFolder = path.endsWith('/') ? path : `${path}/`;
  if (known.has(path) || known.has(asFolder) || existsSync(join(root, path))) return true;
  if (exact) return false;
  if (existsSync(join(root, 'node_modules', path))) return true;
  return [...known].some((p) => p.endsWith(`/${path}`) || p.endsWith(`/${asFolder}`));
}

function linkTarget(docFile, href) {
  if (/^[a-z][a-z+.-]*:/i.test(href) || href.startsWith('#')) return null; // http:, mailto:, anchors
  const path = decodeURI(href.split('#')[0] ?? '');
  if (path === '') return null;
  return normalize(path.startsWith('/') ? path.slice(1) : join(dirname(docFile), path));
}

const docs = tracked.filter((f) => f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md')));
const problems = [];
for (const doc of docs) {
  let inFence = false;
  readFileSync(join(root, doc), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (/^\s*```/.test(line)) inFence = !inFence;
      if (inFence) return;
      const where = `${doc}:${index + 1}`;
      for (const [, href] of line.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)) {
        const target = linkTarget(doc, href);
        if (target && !existsSync(join(root, target)))
          problems.push(`${where}: link (${href}) -> ${relative(root, join(root, target))} does not exist`);
      }
      for (const [, span] of line.matchAll(/`([^`\n]+)`/g)) {
        const candidate = pathIn(span.trim());
        if (candidate && !exists(candidate))
          problems.push(
            `${where}: \`${span}\` ${candidate.exact ? 'does not exist' : 'is not the end of any file or folder path'}`,
          );
      }
    });
}

for (const problem of problems) console.log(problem);
console.log(`docs: ${docs.length} files checked, ${problems.length} paths that do not exist`);
process.exit(problems.length ? 1 : 0);
