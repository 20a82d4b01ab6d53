/**
 * Terraform's machine-readable UI (`terraform plan -json`): one JSON object a line. Read here are
 * the diagnostics, which name the resource and the source range each is about, so an error can
 * be put down to the resource it concerns without reading terraform's prose.
 * https://developer.hashicorp.com/terraform/internals/machine-readable-ui
 */

export interface Diagnostic {
  severity: 'error' | 'warning'
  summary: string
  detail: string
  /** The resource instance it concerns, when terraform knows one. */
  address?: string
  /** Where in the configuration: the file (relative to the root) and byte offsets. */
  range?: { filename: string; start: { line: number; byte: number }; end: { byte: number } }
}

interface UiLine {
  type?: string
  diagnostic?: Partial<Diagnostic>
}

/** Every diagnostic of a `-json` run's output; lines that are not JSON (a crash's) are skipped. */
export function uiDiagnostics(stdout: string): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue
    let parsed: UiLine
    try {
      parsed = JSON.parse(line) as UiLine
    } catch {
      continue
    }
    const d = parsed.diagnostic
    if (parsed.type !== 'diagnostic' || !d) continue
    out.push({
      severity: d.severity === 'error' ? 'error' : 'warning',
      summary: String(d.summary ?? ''),
      detail: String(d.detail ?? ''),
      ...(d.address ? { address: d.address } : {}),
      ...(d.range ? { range: d.range } : {})
    })
  }
  return out
}
