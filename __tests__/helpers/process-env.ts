import { awsEnv } from '../../scripts/lib/terraform-env.mjs'

/**
 * For tests that run the Action's code in the Jest process itself (the SDK reads its
 * credentials chain and endpoints from `process.env`): set variables, then put them back.
 */

/** Sets these variables (undefined deletes one); the function returned puts back what was. */
export function setProcessEnv(vars: Record<string, string | undefined>): () => void {
  const before = Object.keys(vars).map(name => [name, process.env[name]] as const)
  const assign = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  for (const [name, value] of Object.entries(vars)) assign(name, value)
  return () => {
    for (const [name, value] of before) assign(name, value)
  }
}

/** The SDK's variables of `awsEnv` (keys, region, endpoint) for `endpoint`, set here. */
export function setAwsEnv(
  options: { endpoint: string; region: string },
  extra: Record<string, string | undefined> = {}
): () => void {
  const sdk = Object.entries(awsEnv(options)).filter(([name]) => name.startsWith('AWS_'))
  return setProcessEnv({ ...Object.fromEntries(sdk), ...extra })
}
