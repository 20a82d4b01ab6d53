/** AWS's `[{ Key, Value }]` tag lists as a record; a key without a value gets ''. */
export function tagsOf(
  list: { Key?: string; Value?: string }[] | undefined
): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const tag of list ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? ''
  return tags
}
