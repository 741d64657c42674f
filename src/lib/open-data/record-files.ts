// In `astro build` the full records (/api/v1/<type>/<file>.json) are written as plain files, not rendered as Astro
// routes: Astro's per-route pipeline (a Request, a render context, a Response, then the file) costs about 0.8 ms a
// file, 0.7-1.0 s of `astro build`'s page generation at 1,000 case studies (three alternating runs each way), for
// files that are one JSON.stringify each. The index endpoint of each type (/api/v1/<type>.json), which loads every
// record of the type anyway, hands them to the sink that src/integrations/open-data-records.ts sets up for the build;
// it writes them while the pages go on rendering. The two meet on globalThis because the prerendered pages run in the
// build's process but as a bundle of their own. In `astro dev` the records are routes ([type]/[file].json.ts).
import { recordFile } from './paths.ts';
import type { RecordType } from './schemas.ts';
import type { Loaded } from './load.ts';

/** Where record files go: `write('/api/v1/principles/p3.json', record)`. */
export interface RecordSink {
  write(path: string, record: unknown): void;
}

const key = Symbol.for('dge.open-data.record-sink');
const scope = globalThis as { [key]?: RecordSink | undefined };

/** Sets (or with `undefined`, removes) the sink for the record files of this build. */
export function setRecordSink(sink: RecordSink | undefined): void {
  scope[key] = sink;
}

/** Hands the record files of one type to the build's sink. */
export function writeRecordFiles(type: RecordType, loaded: readonly Loaded[]): void {
  const sink = scope[key];
  if (!sink) throw new Error(`/api/v1/${type}/: no sink for the record files (the dge-open-data-records integration)`);
  for (const l of loaded) sink.write(recordFile(type, l.file), l.record);
}
