// Writes the open-data record files during `astro build`: the /api/v1/<type>.json endpoints hand over the records, and
// they are written a few at a time on libuv's threads while the pages go on rendering. The build waits for the last
// before it is done. Why they are not routes there: docs/decisions/014-open-data-record-files.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setRecordSink } from '../lib/open-data/record-files.ts';
import { jsonText } from '../lib/open-data/response.ts';

/** Files written at once: enough to keep libuv's four threads busy, few enough to hold little text at a time. */
const parallel = 8;

/** In `astro build`, writes every /api/v1/<type>/<file>.json the index endpoints hand over into the output folder. */
export function openDataRecords(): AstroIntegration {
  let outDir: URL | undefined;
  let flush: (() => Promise<number>) | undefined;
  return {
    name: 'dge-open-data-records',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        const root = outDir;
        if (!root) throw new Error('open-data records: the output folder is not known');
        const waiting: [string, unknown][] = [];
        const folders = new Map<string, Promise<unknown>>();
        const running = new Set<Promise<void>>();
        const failures: unknown[] = [];
        let written = 0;
        const writeOne = async (path: string, record: unknown) => {
          const target = fileURLToPath(new URL(`.${path}`, root));
          const folder = dirname(target);
          if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
          await folders.get(folder);
          await writeFile(target, jsonText(record));
          written += 1;
        };
        const pump = () => {
          while (running.size < parallel && waiting.length > 0) {
            const [path, record] = waiting.shift() as [string, unknown];
            const job: Promise<void> = writeOne(path, record)
              .catch((error: unknown) => void failures.push(error))
              .finally(() => {
                running.delete(job);
                pump();
              });
            running.add(job);
          }
        };
        setRecordSink({
          write: (path, record) => {
            waiting.push([path, record]);
            pump();
          },
        });
        flush = async () => {
          while (running.size > 0) await Promise.all(running);
          if (failures.length > 0) throw new Error(`open-data records: ${String(failures[0])}`);
          return written;
        };
      },
      'astro:build:done': async ({ logger }) => {
        setRecordSink(undefined);
        const started = performance.now();
        const written = (await flush?.()) ?? 0;
        // The principles alone make records: none written means the index endpoints never handed any over.
        if (written === 0) throw new Error('open-data records: the /api/v1/<type>.json endpoints handed over none');
        logger.info(
          `${written} open-data records written (the last ${Math.round(performance.now() - started)} ms after the pages)`,
        );
      },
    },
  };
}
