// The benchmark's statistics: medians and percentiles of the measured series, and figures rounded for the report.

export function median(values) {
  return percentile(values, 50);
}

/** The nearest-rank percentile: always one of the measured values, never an interpolation between two. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function round2(x) {
  return Math.round(x * 100) / 100;
}
