// Peak memory of a process tree (e.g. `astro build` and the Pagefind binary it starts), sampled from /proc on Linux.
import { readFileSync, readdirSync } from 'node:fs';

const pageSize = 4096;
const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

/** Resident memory, in bytes, of `pid` and every process descended from it, summed. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    total += Number(read(`/proc/${p}/statm`)?.split(' ')[1] ?? 0) * pageSize;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/**
 * Samples `treeRss(pid)` every `ms` until stopped; `stop()` returns the peak seen.
 * @example const sampler = sampleMemory(child.pid); …; const peakBytes = sampler.stop();
 */
export function sampleMemory(pid: number, ms = 50): { stop: () => number } {
  let peak = 0;
  const tick = () => (peak = Math.max(peak, treeRss(pid)));
  tick();
  const timer = setInterval(tick, ms);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
