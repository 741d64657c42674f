// The worker threads that index shards (one Pagefind process each) and then compress the merged index's files, so the
// main thread only merges. At most a few files wait per worker: a waiting file holds its bytes.
import { Worker } from 'node:worker_threads';
import { owned } from './owned-bytes.ts';
import type { FileSink } from '../pagefind-format/files.ts';
import type { ShardJob, ShardResult } from './shard-worker.ts';

type Reply = { id: number; result?: ShardResult; error?: string };

export class WorkerPool implements FileSink {
  private readonly workers: { worker: Worker; busy: number }[];
  private readonly waiting = new Map<number, { ok: (r: Reply) => void; fail: (e: Error) => void }>();
  private nextId = 0;
  private packing: Promise<unknown>[] = [];

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./shard-worker.ts', import.meta.url));
      worker.on('message', (reply: Reply) => {
        this.waiting.get(reply.id)?.ok(reply);
        this.waiting.delete(reply.id);
      });
      worker.on('error', (error) => {
        for (const { fail } of this.waiting.values()) fail(error);
        this.waiting.clear();
      });
      return { worker, busy: 0 };
    });
  }

  private send(message: object, transfer: ArrayBuffer[] = []): Promise<Reply> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise<Reply>((ok, fail) => {
      this.waiting.set(id, { ok, fail });
      slot.worker.postMessage({ ...message, id }, transfer);
    }).finally(() => slot.busy--);
  }

  /** Indexes the shards, `size` at a time, and returns their results in order. */
  async index(jobs: readonly ShardJob[]): Promise<ShardResult[]> {
    const results: ShardResult[] = [];
    let next = 0;
    const run = async (): Promise<void> => {
      for (let i = next++; i < jobs.length; i = next++) {
        const reply = await this.send({ kind: 'index', job: jobs[i] });
        if (!reply.result) throw new Error(`shard ${i + 1} of ${jobs.length}: ${reply.error ?? 'no result'}`);
        results[i] = reply.result;
      }
    };
    await Promise.all(this.workers.map(run));
    return results;
  }

  /** Compresses a payload into a Pagefind file at `path` on a worker; waits only while too many are queued. */
  async write(path: string, payload: Uint8Array, level = 6): Promise<void> {
    if (this.packing.length >= 4 * this.workers.length) await this.packing.shift();
    // The payload moves to the worker (the caller no longer reads it).
    const moved = owned(payload);
    const done = this.send({ kind: 'pack', path, payload: moved, level }, [moved.buffer]).then((reply) => {
      if (reply.error) throw new Error(`could not write ${path}: ${reply.error}`);
    });
    done.catch(() => undefined); // reported when awaited, in write or flush
    this.packing.push(done);
  }

  async flush(): Promise<void> {
    await Promise.all(this.packing.splice(0));
  }

  /** Ends the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
