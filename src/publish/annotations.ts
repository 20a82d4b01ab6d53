import * as core from '@actions/core'
import type { Annotation } from '../render/annotations.js'

/**
 * Annotations as workflow commands (`::warning file=…,line=…::`). GitHub shows only the first 10
 * warnings and 10 errors of a step, so only those are sent this way; the caller puts all of them
 * in a check run when there are more.
 */

const WORKFLOW_COMMAND_LIMIT = 10

export interface EmitResult {
  emitted: number
  /** More annotations of some level than workflow commands can show. */
  overflow: boolean
}

export function emitAnnotations(annotations: Annotation[]): EmitResult {
  let emitted = 0
  let overflow = false
  for (const level of ['error', 'warning'] as const) {
    const ofLevel = annotations.filter(a => a.level === level)
    if (ofLevel.length > WORKFLOW_COMMAND_LIMIT) overflow = true
    for (const a of ofLevel.slice(0, WORKFLOW_COMMAND_LIMIT)) {
      const properties: core.AnnotationProperties = {
        title: a.title,
        ...(a.file ? { file: a.file } : {}),
        ...(a.line ? { startLine: a.line } : {})
      }
      if (level === 'error') core.error(a.message, properties)
      else core.warning(a.message, properties)
      emitted++
    }
  }
  return { emitted, overflow }
}
