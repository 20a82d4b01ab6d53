import type { Remedy, Skipped, ValidationPlan } from '../model/remedy.js'
import { plural } from '../text.js'
import { plain } from './unmanaged.js'

/**
 * A remedy as plain text for a terminal and the step log: the files it writes, its validation
 * plan and what it left out. Ids and reasons come from AWS and terraform: control characters are
 * made harmless (`plain`).
 */

const KIND_TITLE = { adopt: 'Adopt', codify: 'Codify', waive: 'Waive' } as const

export function planLine(plan: ValidationPlan): string {
  return `Plan: ${plan.import} to import, ${plan.add} to add, ${plan.change} to change, ${plan.destroy} to destroy.`
}

function skippedLines(skipped: Skipped[]): string[] {
  if (skipped.length === 0) return []
  return [
    `Left out (${skipped.length}):`,
    ...skipped.map(s => {
      const address = s.address ? ` (${plain(s.address)})` : ''
      return `  - ${plain(s.finding)}${address}: ${plain(s.reason)}`
    })
  ]
}

export function remedyText(remedy: Remedy): string {
  const title = `${KIND_TITLE[remedy.kind]} into ${plain(remedy.root)}: ${plural(remedy.addressed.length, 'resource')}`
  const lines = [title]
  for (const file of remedy.files) lines.push(`  writes ${plain(file.path)}`)
  if (remedy.plan) {
    lines.push(`Validation plan (terraform plan in a copy of the root): ${planLine(remedy.plan)}`)
    for (const { address, action, remedy: ours } of remedy.plan.resources) {
      lines.push(
        `  ${action.padEnd(7)} ${plain(address)}${ours ? '' : '  (not part of this remedy)'}`
      )
    }
  }
  lines.push(...skippedLines(remedy.skipped))
  return lines.join('\n')
}

/** Every remedy, then what no root could take. */
export function remediesText(remedies: Remedy[], unplaced: Skipped[]): string {
  const parts = remedies.map(remedyText)
  if (unplaced.length > 0) parts.push(skippedLines(unplaced).join('\n'))
  return parts.length > 0 ? parts.join('\n\n') : 'Nothing to remedy: no finding qualifies.'
}
