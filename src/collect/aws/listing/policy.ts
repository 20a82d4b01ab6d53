/**
 * Whether an IAM policy document gives everything: a statement that allows Action `*` on
 * Resource `*`. Documents come URL-encoded from IAM and are untrusted: anything that does not
 * parse is not judged admin.
 */

interface Statement {
  Effect?: unknown
  Action?: unknown
  Resource?: unknown
}

const ANY_ACTION = new Set(['*', '*:*'])

function parseDocument(text: string): unknown {
  for (const candidate of [() => decodeURIComponent(text), () => text]) {
    try {
      return JSON.parse(candidate())
    } catch {
      // not this form
    }
  }
  return undefined
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

function allowsEverything(statement: Statement): boolean {
  return (
    statement.Effect === 'Allow' &&
    listOf(statement.Action).some(action => typeof action === 'string' && ANY_ACTION.has(action)) &&
    listOf(statement.Resource).includes('*')
  )
}

export function isAdminDocument(document: string | undefined): boolean {
  if (!document) return false
  const parsed = parseDocument(document) as { Statement?: unknown } | undefined
  if (typeof parsed !== 'object' || parsed === null) return false
  return listOf(parsed.Statement).some(
    statement => typeof statement === 'object' && statement !== null && allowsEverything(statement)
  )
}

/** AWS's own full-access policy, in any partition. */
export function isAdministratorAccess(policyArn: string | undefined): boolean {
  return /^arn:[\w-]+:iam::aws:policy\/AdministratorAccess$/.test(policyArn ?? '')
}
