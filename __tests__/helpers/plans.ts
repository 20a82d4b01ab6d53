import type { Plan } from '../../src/collect/terraform/plan-json.js'
import { PlanReader } from '../../src/collect/terraform/plan-reader.js'

/** A plan read the way the pipeline streams `terraform show -json`, `chunkSize` bytes at a time. */
export function readInChunks(text: string | Buffer, chunkSize = 1 << 16): Plan {
  const reader = new PlanReader()
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  for (let at = 0; at < bytes.length; at += chunkSize)
    reader.write(bytes.subarray(at, at + chunkSize))
  return reader.end()
}
