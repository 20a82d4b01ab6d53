// Shows GitHub-flavoured Markdown (the job summary) in a terminal: tables aligned, headings bold,
// HTML and code fences stripped. Only as much Markdown as Driftwatch writes.
const bold = (text, colour) => (colour ? `\u001b[1m${text}\u001b[0m` : text)

function cells(row) {
  return row
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map(cell => cell.trim().replace(/\\\|/g, '|'))
}

function renderTable(rows, colour) {
  const parsed = rows.filter((_, i) => i !== 1).map(cells)
  const widths = parsed[0].map((_, col) => Math.max(...parsed.map(r => (r[col] ?? '').length)))
  return parsed.map((r, i) => {
    const line = r
      .map((cell, col) => cell.padEnd(widths[col]))
      .join('  ')
      .trimEnd()
    return i === 0 ? bold(line, colour) : line
  })
}

export function markdownToTerminal(markdown, { colour = false } = {}) {
  const out = []
  const lines = markdown
    .replace(/\u200B/g, '')
    .replace(/<\/?(details|sub|code)>/g, '')
    .replace(/<summary>(.*?)<\/summary>/g, '▸ $1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\([\\`*_[\]()!~#+\-.])/g, '$1')
    .split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('|')) {
      const block = []
      while (i < lines.length && lines[i].startsWith('|')) block.push(lines[i++])
      i--
      out.push(...renderTable(block, colour).map(l => l.replace(/`+ ?([^`]*?) ?`+/g, '$1')))
      continue
    }
    const heading = /^#+\s+(.*)$/.exec(lines[i])
    if (heading) out.push(bold(heading[1], colour))
    else if (!/^```/.test(lines[i])) out.push(lines[i].replace(/`+ ?([^`]*?) ?`+/g, '$1'))
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n')
}
