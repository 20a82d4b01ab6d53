export interface ZipEntry {
  name: string
  data: Buffer
}

/** How a plan file is rewritten (see rewritePlan). */
export interface PlanRewrite {
  /** The Terraform version the plan file records. */
  version?: string
  /** Hex pairs of same-length byte strings replaced in tfplan. */
  replace?: [string, string][]
  /** A varint field added to the first message of a top-level field (18: drift, 3: changes). */
  field?: { within: number; number: number }
  /** OpenTofu's plan encryption: a JSON envelope in place of the zip. */
  encrypt?: boolean
}

export function readZip(bytes: Buffer): ZipEntry[]
export function writeZip(entries: ZipEntry[]): Buffer
export function terraformVersion(tfplan: Buffer): string
export function setTerraformVersion(tfplan: Buffer, version: string): Buffer
export function addField(tfplan: Buffer, within: number, number: number): Buffer
export function replaceBytes(bytes: Buffer, from: Buffer, to: Buffer): Buffer
export function encryptedEnvelope(plan: Buffer): Buffer
export function rewritePlan(bytes: Buffer, rewrite: PlanRewrite): Buffer
