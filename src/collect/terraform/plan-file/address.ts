import type { ResourceChange } from '../plan-json.js'

/**
 * Terraform's resource instance addresses, as the plan file writes them
 * (`module.logs["a"].data.aws_iam_policy_document.this[0]`), split into the parts `show -json`
 * gives each resource.
 */

export class AddressError extends Error {}

export type ResourceAddress = Pick<
  ResourceChange,
  'address' | 'module_address' | 'mode' | 'type' | 'name' | 'index'
>

const NAME = '[A-Za-z_][A-Za-z0-9_-]*'
const KEY = '\\[(?:\\d+|"(?:[^"\\\\]|\\\\.)*")\\]'
const ADDRESS = new RegExp(
  `^((?:module\\.${NAME}(?:${KEY})?\\.)*)(data\\.)?(${NAME})\\.(${NAME})(${KEY})?$`
)

/** `[0]` → 0, `["a"]` → "a". */
export function instanceKey(text: string): string | number {
  const inner = text.slice(1, -1)
  return inner.startsWith('"') ? (JSON.parse(inner) as string) : Number(inner)
}

export function parseAddress(address: string): ResourceAddress {
  const match = ADDRESS.exec(address)
  if (!match) throw new AddressError(`an address this reader does not know: ${address}`)
  const [, modulePath, data, type, name, key] = match
  const module = modulePath.replace(/\.$/, '')
  return {
    address,
    ...(module ? { module_address: module } : {}),
    mode: data ? 'data' : 'managed',
    type,
    name,
    ...(key ? { index: instanceKey(key) } : {})
  }
}

/** The address `show -json` gives a state resource instance. */
export function formatAddress(
  module: string | undefined,
  mode: 'managed' | 'data',
  type: string,
  name: string,
  index: string | number | undefined
): string {
  const key =
    index === undefined
      ? ''
      : typeof index === 'number'
        ? `[${index}]`
        : `[${JSON.stringify(index)}]`
  return `${module ? `${module}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}${key}`
}

/** `provider["registry.terraform.io/hashicorp/aws"].east` → `registry.terraform.io/hashicorp/aws`. */
export function providerSource(config: string): string | undefined {
  return /provider\["([^"]+)"\]/.exec(config)?.[1]
}
