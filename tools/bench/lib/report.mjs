import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHARTS_DIR, DOCS_FILE } from './paths.mjs';
import { roundSignificant } from './stats.mjs';

const MARK_START = '<!-- bench:results:start (written by tools/bench/run.mjs; edit outside these marks) -->';
const MARK_END = '<!-- bench:results:end -->';

const formatNumber = (value) => {
  if (value === null || value === undefined) return '—';
  const rounded = roundSignificant(value, 3);
  return Math.abs(rounded) >= 1000 ? rounded.toLocaleString('en-US') : String(rounded);
};

const verdict = (result) =>
  result.status === 'pending'
    ? 'pending'
    : result.status === 'failed'
      ? 'FAILED'
      : result.meets
        ? 'yes'
        : 'NO';

/** The results as a plain-text table for the terminal. */
export function textTable(results) {
  const header = ['measurement', 'unit', 'API', 'baseline', 'ratio', 'target', 'meets'];
  const rows = results.map((r) => [
    r.name,
    r.unit,
    formatNumber(r.value),
    formatNumber(r.baselineValue),
    r.ratio === null ? '—' : `${formatNumber(r.ratio)}×`,
    r.target,
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  const notes = results
    .filter((r) => r.status !== 'measured')
    .map((r) => `  ${r.id}: ${r.status}: ${r.error}`);
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}

/** The results as a Markdown table with a chart under it per row. */
export function markdownSection(results, meta) {
  const escape = (text) => String(text).replaceAll('|', '\\|');
  const lines = [
    `Run: ${meta.date}, \`${meta.command}\`, Node ${meta.node}, ${meta.cpus} × ${meta.cpuModel}, ${meta.database}; ` +
      `1-minute load average ${meta.load} during the run (other work on the machine inflates every figure; the ratios are what compare).`,
    '',
    '| measurement | unit | API | baseline | baseline value | ratio | target | meets |',
    '| --- | --- | ---: | --- | ---: | ---: | --- | --- |',
    ...results.map(
      (r) =>
        `| ${escape(r.name)} | ${escape(r.unit)} | ${formatNumber(r.value)} | ${escape(r.baseline)} | ${formatNumber(r.baselineValue)} | ` +
        `${r.ratio === null ? '—' : `${formatNumber(r.ratio)}×`} | ${escape(r.target)} | ${verdict(r)}${r.status === 'measured' ? '' : `: ${escape(r.error)}`} |`,
    ),
    '',
  ];
  for (const r of results) {
    if (r.status !== 'measured') continue;
    lines.push(`![${escape(r.name)}](benchmarks/${r.id}.svg)`, '');
  }
  return lines.join('\n');
}

const xml = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** Splits a title into lines of at most `width` characters, at spaces. */
function wrap(text, width) {
  const lines = [''];
  for (const word of String(text).split(' ')) {
    const line = lines.at(-1);
    if (line && line.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return lines;
}

/** A horizontal two-bar chart (API vs baseline) for one row, as a standalone SVG document. */
export function barChart(result) {
  const width = 760;
  const left = 170;
  const barArea = width - left - 150;
  const max = Math.max(result.value, result.baselineValue) || 1;
  const title = wrap(result.name, 80);
  const top = 22 + title.length * 20;
  const height = top + 100;
  const bar = (y, label, value, colour) => {
    const length = Math.max(1, (value / max) * barArea);
    return [
      `<text x="${left - 10}" y="${y + 17}" text-anchor="end">${xml(label)}</text>`,
      `<rect x="${left}" y="${y}" width="${length.toFixed(1)}" height="24" rx="3" fill="${colour}"/>`,
      `<text x="${(left + length + 8).toFixed(1)}" y="${y + 17}">${xml(`${formatNumber(value)} ${result.unit}`)}</text>`,
    ].join('\n  ');
  };
  const productColour = result.meets ? '#2f7d4f' : '#b8432f';
  const labels = result.labels ?? { product: 'API', baseline: 'baseline' };
  const summary = `ratio ${formatNumber(result.ratio)}× · target ${result.target} · ${result.meets ? 'meets it' : 'misses it'}`;
  const titleLines = title
    .map((line, i) => `<text x="12" y="${22 + i * 20}" font-size="14" font-weight="600">${xml(line)}</text>`)
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13" role="img" aria-label="${xml(`${result.name}: ${summary}`)}">
  <rect width="${width}" height="${height}" fill="#ffffff"/>
  ${titleLines}
  <text x="12" y="${top}" fill="#555555">${xml(`${summary} · baseline: ${result.baseline}`)}</text>
  ${bar(top + 18, labels.product, result.value, productColour)}
  ${bar(top + 56, labels.baseline, result.baselineValue, '#8a8f98')}
</svg>
`;
}

/** Written files follow the workspace's Prettier settings, so a format check of the repository passes. */
export async function formatted(file, text) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/**
 * Writes one chart per measured row into docs/benchmarks/ and the table into docs/benchmarks.md,
 * between its marks; everything outside them (the findings) is left as it is.
 */
export async function writeDocs(results, meta) {
  mkdirSync(CHARTS_DIR, { recursive: true });
  for (const result of results) {
    if (result.status === 'measured') writeFileSync(join(CHARTS_DIR, `${result.id}.svg`), barChart(result));
  }
  const section = `${MARK_START}\n${markdownSection(results, meta)}\n${MARK_END}`;
  const existing = existsSync(DOCS_FILE)
    ? readFileSync(DOCS_FILE, 'utf8')
    : `# Benchmarks\n\n${MARK_START}\n${MARK_END}\n`;
  const start = existing.indexOf(MARK_START);
  const end = existing.indexOf(MARK_END);
  const updated =
    start >= 0 && end > start
      ? existing.slice(0, start) + section + existing.slice(end + MARK_END.length)
      : `${existing.trimEnd()}\n\n${section}\n`;
  writeFileSync(DOCS_FILE, await formatted(DOCS_FILE, updated));
}
