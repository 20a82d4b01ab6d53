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
 * The richest rendering that fits: full, then compact, then compact with as many findings as
 * fit (found by interpolation search), never more than TABLE_ROWS. `fallback` is used when not
 * even the counts fit, and is clipped.
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
  const fits = (text: string) => options.measure(text) <= max
  // Every row costs at least MIN_ROW: with more findings than that allows, neither full
  // rendering can fit, and the search need not try more rows than could.
  const maxRows = Math.min(Math.floor(max / MIN_ROW), TABLE_ROWS)
  const shownRows = Math.min(options.totalFindings, maxRows)
  const findings = shownRows < options.totalFindings ? shownRows : FULL.findings
  const compact = { ...FULL, ...COMPACT, elsewhere: options.elsewhere, findings }
  const full = render({ ...FULL, elsewhere: options.elsewhere, findings })
  if (fits(full)) return full
  const collapsed = render(compact)
  const collapsedSize = options.measure(collapsed)
  if (collapsedSize <= max) return collapsed

  // Size grows about linearly with the rows shown, so each guess interpolates between the most
  // rows known to fit and the fewest known not to: a few renders of a large report where
  // bisection takes fifteen. A guess that does not halve the range is followed by a midpoint,
  // which keeps the worst case logarithmic.
  const sized = (findings: number) => {
    const text = render({ ...compact, findings })
    return { text, size: options.measure(text) }
  }
  let low = sized(0)
  if (low.size > max) return clip(options.fallback(), max, options.measure)
  let lowCount = 0
  let highCount = shownRows
  if (highCount === 0) return low.text
  let highSize = collapsedSize
  let bisect = false
  while (highCount - lowCount > 1) {
    const span = highCount - lowCount
    const guess = bisect
      ? lowCount + Math.floor(span / 2)
      : lowCount + Math.floor(((max - low.size) * span) / Math.max(1, highSize - low.size))
    const mid = Math.min(highCount - 1, Math.max(lowCount + 1, guess))
    const probe = sized(mid)
    if (probe.size <= max) {
      low = probe
      lowCount = mid
    } else {
      highCount = mid
      highSize = probe.size
    }
    bisect = !bisect && highCount - lowCount > span / 2
  }
  return low.text
}

/** Cuts text to a measured size on a line boundary, as a last resort. */
function clip(text: string, max: number, measure: Measure): string {
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
