/**
 * Keeping a body inside a size limit (GitHub refuses comment and issue bodies over 65,536
 * characters and job summaries over 1 MiB) without losing what a reader needs first: detail is
 * collapsed first, then rows are dropped from the end with a count of what was left out. The
 * headline and counts come before any row, so they always survive.
 */

/** GitHub's limit for an issue or comment body, in characters. */
export const BODY_LIMIT = 65_536
/** GitHub's limit for one step's job summary, in bytes. */
export const SUMMARY_LIMIT = 1024 * 1024

/** Fewer characters than any table row takes (a finding's, an unmanaged resource's). */
const MIN_ROW = 40

/** Rows in the first probe, which gives the search its first slope. */
const SAMPLE_ROWS = 16
/** Guesses along the secant before the search falls back to midpoints. */
const SECANT_GUESSES = 6

/** Room left under a limit for what the publisher adds around a body (marker, line ends). */
const MARGIN = 512

export interface RenderLimits {
  /** Longest attribute value shown in a table cell. */
  valueLength: number
  /** Attribute rows per drifted resource before the rest are counted. */
  changesPerFinding: number
  /** Drifted resources shown across the whole report; the rest are counted. */
  findings: number
  /** Whether collapsible detail (pending changes, import blocks) is included. */
  details: boolean
  /** Where a reader finds what was left out: "see the job summary". */
  elsewhere: string
}

export const FULL: RenderLimits = {
  valueLength: 200,
  changesPerFinding: Number.POSITIVE_INFINITY,
  findings: Number.POSITIVE_INFINITY,
  details: true,
  elsewhere: 'see the JSON report'
}

const COMPACT: Pick<RenderLimits, 'valueLength' | 'changesPerFinding' | 'details'> = {
  valueLength: 80,
  changesPerFinding: 10,
  details: false
}

export type Measure = (text: string) => number

export const characters: Measure = text => text.length
export const utf8Bytes: Measure = text => Buffer.byteLength(text, 'utf8')

/** How many of each group's items to show when `limit` items are shown in order overall. */
export function allocate(sizes: number[], limit: number): number[] {
  let left = limit
  return sizes.map(size => {
    const take = Math.max(0, Math.min(size, left))
    left -= take
    return take
  })
}

/**
 * Rows shown per table at most, whatever the limit: a reader scans a few hundred rows, not
 * 27,000, and the JSON report holds every one. Rendering and measuring tens of thousands of rows
 * to fill a 1 MiB summary cost more than the rest of the analysis together.
 */
export const TABLE_ROWS = 1000

/**
 * The richest rendering that fits: everything in full, else as many rows as fit in the compact
 * form (never more than TABLE_ROWS), found by a search over row counts. `fallback` is used when
 * not even the counts fit, and is cut to the limit.
 */
export function fit(
  render: (limits: RenderLimits) => string,
  options: {
    limit: number
    measure: Measure
    totalFindings: number
    elsewhere: string
    fallback: () => string
  }
): string {
  const max = options.limit - MARGIN
  // Every row costs at least MIN_ROW: with more findings than that allows, neither full
  // rendering can fit, and the search need not try more rows than could.
  const maxRows = Math.min(Math.floor(max / MIN_ROW), TABLE_ROWS)
  const shownRows = Math.min(options.totalFindings, maxRows)
  const findings = shownRows < options.totalFindings ? shownRows : FULL.findings
  const compact = { ...FULL, ...COMPACT, elsewhere: options.elsewhere }
  const sized = (count: number) => {
    const text = render({ ...compact, findings: count === shownRows ? findings : count })
    return { text, size: options.measure(text) }
  }

  const full = () => {
    const text = render({ ...FULL, elsewhere: options.elsewhere, findings })
    return options.measure(text) <= max ? text : undefined
  }
  const zero = sized(0)
  if (zero.size > max) return cutToSize(options.fallback(), max, options.measure)
  // No rows to search for: the full rendering, if it fits.
  if (shownRows === 0) return full() ?? zero.text

  // Size grows about linearly with the rows shown, so after a small sample each guess follows
  // the line through the last two renders (a secant): rows near the limit cost about the same,
  // so a report far too large for the limit takes three or four small renders, and the large
  // renderings are only tried when the line says they could fit. Every guess stays strictly
  // inside the range known to hold the answer; after SECANT_GUESSES, midpoints take over, which
  // keeps the worst case logarithmic. The full rendering is tried just before the compact one
  // with every row: it is the larger of the two, so it can only fit if that one does.
  let low = zero.text
  let lowCount = 0
  let highCount = shownRows + 1
  let previous = { count: 0, size: zero.size }
  let latest = previous
  for (let guesses = 0; highCount - lowCount > 1; guesses++) {
    const slope = (latest.size - previous.size) / Math.max(1, latest.count - previous.count)
    const guess =
      guesses === 0
        ? SAMPLE_ROWS
        : guesses <= SECANT_GUESSES
          ? latest.count + Math.floor((max - latest.size) / Math.max(slope, 1))
          : lowCount + Math.floor((highCount - lowCount) / 2)
    const count = Math.min(highCount - 1, Math.max(lowCount + 1, guess))
    if (count === shownRows) {
      const whole = full()
      if (whole !== undefined) return whole
    }
    const probe = sized(count)
    previous = latest
    latest = { count, size: probe.size }
    if (probe.size <= max) {
      low = probe.text
      lowCount = count
    } else {
      highCount = count
    }
  }
  return low
}

/**
 * Cuts text to a measured size on a line boundary, as a last resort. Not text.ts's `clip`: the
 * limit may be in bytes, and whole lines are kept where any fit, so no table row is cut short.
 */
function cutToSize(text: string, max: number, measure: Measure): string {
  if (measure(text) <= max) return text
  const lines = text.split('\n')
  let low = 0
  let high = lines.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(lines.slice(0, mid).join('\n')) <= max) low = mid
    else high = mid - 1
  }
  if (low > 0) return lines.slice(0, low).join('\n')
  let cut = lines[0].slice(0, max)
  while (cut.length > 0 && measure(cut) > max) cut = cut.slice(0, Math.floor(cut.length * 0.9))
  return cut
}
