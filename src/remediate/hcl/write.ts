/**
 * HCL written from untrusted text: Terraform `import` blocks (for copy and paste in the report, and
 * in the files the adopt remedy writes) and comments. Ids come from AWS: inside an HCL string
 * nothing may end the string, start an interpolation or a new line; markdown.ts's `fenced` puts
 * the blocks in a fence no line can close.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** A value as an HCL quoted string literal. */
export function hclString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(CONTROL, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{')
  return `"${escaped}"`
}

/** `to` addresses are built from sanitised names, but are checked here too. */
const ADDRESS = /^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/

export function importBlock(block: { to: string; id: string }): string {
  if (!ADDRESS.test(block.to)) throw new Error(`not a resource address: ${block.to}`)
  return `import {\n  to = ${block.to}\n  id = ${hclString(block.id)}\n}`
}

export const GENERATE_CONFIG_HINT = 'terraform plan -generate-config-out=generated.tf'

/** Text for a `#` comment: one line, whatever it holds (a newline would end the comment). */
export function commentText(value: string): string {
  return value.replace(CONTROL, ' ')
}
