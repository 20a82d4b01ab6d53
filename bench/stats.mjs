// The few statistics the benchmarks print: medians, ranges and how far a median can be trusted.

export const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** `min–max`, rounded: printed beside every median, so a reader sees how noisy the machine was. */
export const range = (values, digits = 0) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomialHalfCdf(k, n) {
  let term = 0.5 ** n
  let sum = term
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i
    sum += term
  }
  return sum
}

/**
 * An interval that holds the true median with at least `confidence`, whatever the runs' spread:
 * the k-th smallest and the k-th largest run, k as large as the binomial law allows (each run
 * falls either side of the true median with even odds). No assumption of normality, which one
 * run slowed by another job on the machine would break. With too few runs for `confidence`, the
 * whole range, and `coverage` says what it holds.
 */
export function medianInterval(values, confidence = 0.95) {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  let k = 1
  while (k < n / 2 && 1 - 2 * binomialHalfCdf(k, n) >= confidence) k++
  return { low: sorted[k - 1], high: sorted[n - k], coverage: 1 - 2 * binomialHalfCdf(k - 1, n) }
}
