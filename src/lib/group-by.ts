/**
 * Groups items under each key they have, keeping the items' order; an item with several keys (a case study's themes)
 * is in several groups, once in each. Keys no item has are absent.
 * @example groupBy([{ id: 'a', themes: ['open-data', 'strategy'] }, { id: 'b', themes: ['open-data'] }], (c) => c.themes)
 * // Map { 'open-data' => [a, b], 'strategy' => [a] }
 */
export function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items)
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  return groups;
}
