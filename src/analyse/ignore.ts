import type { IgnoreFile, IgnoreRule } from '../collect/driftignore.js'

/**
 * Matching resources against the ignore files' rules (parsed when collected:
 * collect/driftignore.ts). Later lines win, as in .gitignore and driftctl.
 */

export type { IgnoreFile, IgnoreRule }

/** What a rule is matched against. */
export interface IgnoreSubject {
  arn: string
  /** The Terraform type when known, else `service:resourceType`. */
  type: string
  /** Ids a `type.id` rule may name: the import id (driftctl's id) and the short name. */
  ids: string[]
  tags: Record<string, string>
}

function ruleMatches(rule: IgnoreRule, subject: IgnoreSubject): boolean {
  switch (rule.kind) {
    case 'arn':
      return rule.pattern.test(subject.arn)
    case 'tag':
      return rule.key in subject.tags && rule.value.test(subject.tags[rule.key])
    case 'bare':
      // driftctl (gitignore underneath) matches a one-part pattern against the type or the id.
      return rule.pattern.test(subject.type) || subject.ids.some(id => rule.pattern.test(id))
    case 'resource':
      return rule.type.test(subject.type) && subject.ids.some(id => rule.id.test(id))
    case 'field':
      return false
  }
}

/** The rule that decides, if any: the last one that matches, as in .gitignore and driftctl. */
function decidingRule(file: IgnoreFile, subject: IgnoreSubject): IgnoreRule | undefined {
  for (let i = file.rules.length - 1; i >= 0; i--) {
    if (ruleMatches(file.rules[i], subject)) return file.rules[i]
  }
  return undefined
}

/** Whether some rule can match at all (field rules never do): else no subject need be built. */
export function ignoresAnything(files: IgnoreFile[]): boolean {
  return files.some(file => file.rules.some(rule => rule.kind !== 'field'))
}

/** Whether any of the files ignores the subject; each file is read on its own. */
export function isIgnored(files: IgnoreFile[], subject: IgnoreSubject): boolean {
  return files.some(file => {
    const rule = decidingRule(file, subject)
    return rule !== undefined && !rule.negate
  })
}

/** Field rules, which do nothing for unmanaged resources: worth a line in the log. */
export function unusedRules(files: IgnoreFile[]): string[] {
  return files.flatMap(file =>
    file.rules.filter(rule => rule.kind === 'field').map(rule => `${file.file}:${rule.line}`)
  )
}

/** Waivers whose last day has passed, one line each: the findings they named count again. */
export function expiredWaivers(files: IgnoreFile[]): string[] {
  return files.flatMap(file =>
    file.expired.map(
      waiver =>
        `${file.file}:${waiver.line}: the waiver ended on ${waiver.until}, so what it named counts again: ${waiver.text}`
    )
  )
}

const ANY = '^.*$'

/** Whether a rule could keep a resource of `type` listed: a negation that may match it. */
function mayUnignore(rule: IgnoreRule, type: string): boolean {
  if (!rule.negate) return false
  if (rule.kind === 'resource') return rule.type.test(type)
  if (rule.kind === 'bare') return true
  return rule.kind === 'arn' || rule.kind === 'tag'
}

/** Whether a rule ignores every resource of `type`: `type.*`, `type`, `*`. */
function ignoresAll(rule: IgnoreRule, type: string): boolean {
  if (rule.negate) return false
  if (rule.kind === 'resource') return rule.type.test(type) && rule.id.source === ANY
  return rule.kind === 'bare' && rule.pattern.test(type)
}

/**
 * Whether some file ignores every resource of a type, so listing it would only cost calls: the
 * last rule about the type ignores it whole, and no negation after that could bring one back.
 */
export function ignoresWholeType(files: IgnoreFile[], type: string): boolean {
  return files.some(file => {
    for (let i = file.rules.length - 1; i >= 0; i--) {
      const rule = file.rules[i]
      if (mayUnignore(rule, type)) return false
      if (ignoresAll(rule, type)) return true
    }
    return false
  })
}
