/**
 * Orders principle or clause IDs numerically, so P10 follows P9 and P3.10 follows P3.9.
 * @example ['P10', 'P2'].sort(byPrincipleId) // ['P2', 'P10']
 */
export function byPrincipleId(a: string, b: string): number {
  const pa = a.slice(1).split('.').map(Number);
  const pb = b.slice(1).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
