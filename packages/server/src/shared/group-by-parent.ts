/**
 * The children of each parent id, in the order the ids were asked for and each in the order the
 * children came: what a DataLoader batch of "children of many parents" must return.
 */
export function groupByParent<T>(
  parentIds: readonly string[],
  children: readonly T[],
  parentOf: (child: T) => string | null | undefined,
): T[][] {
  const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const child of children) {
    const parent = parentOf(child);
    if (parent != null) groups.get(parent)?.push(child);
  }
  return parentIds.map((id) => groups.get(id) ?? []);
}
