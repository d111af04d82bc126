/** Small statistics for benchmark samples. */

export function median(values) {
  return percentile(values, 50);
}

/** Linear interpolation between closest ranks (numpy's default); `p` in 0..100. */
export function percentile(values, p) {
  if (values.length === 0) throw new Error('percentile of no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function round(value, digits = 3) {
  if (value === null || value === undefined || !Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Rounds to `significant` significant digits, for display and JSON. */
export function roundSignificant(value, significant = 3) {
  if (value === null || value === undefined || !Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, significant - 1 - Math.floor(Math.log10(Math.abs(value))));
  return round(value, digits);
}
