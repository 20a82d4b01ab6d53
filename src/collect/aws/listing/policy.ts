import type { PolicyStatement } from '../../../model/policy-document.js'
import { parsePolicyDocument, policyStatements } from '../../../model/policy-document.js'

/**
 * Whether an IAM policy document gives everything: a statement that allows Action `*` on
 * Resource `*`. Documents come URL-encoded from IAM and are untrusted: anything that does not
 * parse is not judged admin.
 */

const ANY_ACTION = new Set(['*', '*:*'])

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

function allowsEverything(statement: PolicyStatement): boolean {
  return (
    statement.Effect === 'Allow' &&
    listOf(statement.Action).some(action => typeof action === 'string' && ANY_ACTION.has(action)) &&
    listOf(statement.Resource).includes('*')
  )
}

export function isAdminDocument(document: string | undefined): boolean {
  if (!document) return false
  const parsed = parsePolicyDocument(document, { urlEncoded: true })
  return policyStatements(parsed).some(allowsEverything)
}

/** AWS's own full-access policy, in any partition. */
export function isAdministratorAccess(policyArn: string | undefined): boolean {
  return /^arn:[\w-]+:iam::aws:policy\/AdministratorAccess$/.test(policyArn ?? '')
}
