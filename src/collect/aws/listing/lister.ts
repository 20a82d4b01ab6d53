import type { Service, ServiceClient } from '../clients.js'
import type { ListedResource } from './model.js'
import type { ListedType } from './types.js'

/**
 * A lister lists one Terraform type, or the few types one API call yields, in one region (or
 * once, for global types) through the context the listing run gives it.
 */

/** What a lister found; the run adds the region. */
export type Found = Omit<ListedResource, 'region' | 'terraformType'> & { terraformType: ListedType }

export interface ListerContext {
  /** The region listed, or `global`. */
  region: string
  /** The partition of the ARNs a lister builds: `aws`, `aws-cn`, ... */
  partition: string
  /** The run's client of this service for this region (the first region asked, for global types). */
  client<S extends Service>(service: S): Promise<ServiceClient<S>>
  /** The account listed, from STS once per run when not given. */
  account(): Promise<string>
  /** Keeps a resource if its type is wanted. Resources found before a failure are kept. */
  emit(found: Found): void
  /** A lookup several listers of this region (or of the global scope) share: made once. */
  shared<T>(key: string, load: () => Promise<T>): Promise<T>
  /**
   * One call per item, a few at a time. A call that fails is recorded against this lister's
   * types and the other items carry on.
   */
  each<T>(items: readonly T[], call: (item: T) => Promise<void>): Promise<void>
}

export interface Lister {
  /** Types it yields; their scope (regional, global) is the types table's. */
  types: readonly ListedType[]
  list(context: ListerContext): Promise<void>
}

/** Every item of every page. */
export async function* itemsOf<P, T>(
  pages: AsyncIterable<P>,
  pick: (page: P) => T[] | undefined
): AsyncGenerator<T> {
  for await (const page of pages) yield* pick(page) ?? []
}

/** An ARN in the region listed. */
export function regionalArn(
  context: ListerContext,
  service: string,
  account: string,
  resource: string
): string {
  return `arn:${context.partition}:${service}:${context.region}:${account}:${resource}`
}

/** An EC2 ARN. The owner, when the call returned it, saves asking STS for the account. */
export async function ec2Arn(
  context: ListerContext,
  owner: string | undefined,
  resource: string
): Promise<string> {
  return regionalArn(context, 'ec2', owner ?? (await context.account()), resource)
}

/** Runs `call` on every item, at most `limit` at once. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  call: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await call(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
