// What every benchmark reads from its command line and prints: an option, a percentile, a latency.

/** `--name value` from the command line, or the fallback. */
export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] as string) : fallback;
};

/** The p-th percentile (nearest rank, from below) of the values. */
export const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

export const ms = (n: number) => `${n.toFixed(1)} ms`;
