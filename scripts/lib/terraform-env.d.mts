export interface TerraformResult {
  code: number
  stdout: string
  stderr: string
}

export interface PlanJsonResult {
  /** `terraform plan -detailed-exitcode`: 0 no changes, 2 changes. */
  exitCode: 0 | 2
  /** `terraform show -json` of the saved plan. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  plan: any
  /** The plan's human-readable output. */
  planText: string
}

export type TerraformVars = Record<string, string | number | boolean>

export function findProviderMirror(): string
export function writeTerraformrc(dir: string): string
export function awsEnv(opts: {
  endpoint: string
  region?: string
  terraformrc?: string
}): Record<string, string>
export function terraform(
  args: string[],
  opts: { cwd: string; env?: Record<string, string | undefined> }
): Promise<TerraformResult>
export function initRoot(
  dir: string,
  env: Record<string, string | undefined>
): Promise<TerraformResult>
export function applyInitialised(
  dir: string,
  env: Record<string, string | undefined>,
  vars?: TerraformVars
): Promise<TerraformResult>
export function applyRoot(
  dir: string,
  env: Record<string, string | undefined>,
  vars?: TerraformVars
): Promise<TerraformResult>
export function planJson(
  dir: string,
  env: Record<string, string | undefined>,
  vars?: TerraformVars
): Promise<PlanJsonResult>
export function copyRoot(srcDir: string): string
