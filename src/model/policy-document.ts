/**
 * IAM policy documents (identity, resource and trust policies) as AWS and Terraform write them:
 * JSON text, URL-encoded where IAM's API returns it. Read here for every stage: the listing
 * judges administrator rights, severity public access, the diff renderer compares statements.
 * Documents are untrusted: text that is not a JSON object is no document.
 */

/** A parsed document; `Statement` is one statement or a list of them. */
export type PolicyDocument = Record<string, unknown>

/** One statement: `Effect`, `Action`, `Resource`, `Principal`, `Condition`, their `Not` forms. */
export type PolicyStatement = Record<string, unknown>

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * The document `text` holds. `urlEncoded`: as IAM's API returns documents, decoded first, and
 * read as is when the decoded text is no JSON.
 */
export function parsePolicyDocument(
  text: string,
  options: { urlEncoded?: boolean } = {}
): PolicyDocument | undefined {
  const forms = options.urlEncoded ? [() => decodeURIComponent(text), () => text] : [() => text]
  for (const form of forms) {
    try {
      const parsed: unknown = JSON.parse(form())
      return isObject(parsed) ? parsed : undefined
    } catch {
      // not this form
    }
  }
  return undefined
}

/** The statements of a document that say anything: objects with at least one key. */
export function policyStatements(document: PolicyDocument | null | undefined): PolicyStatement[] {
  const statement = document?.Statement
  return (Array.isArray(statement) ? statement : [statement]).filter(
    (item): item is PolicyStatement => isObject(item) && Object.keys(item).length > 0
  )
}
