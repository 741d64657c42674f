// In `astro build` each type's index endpoint hands its full records to the sink that
// src/integrations/open-data-records.ts sets up (they meet on globalThis), which writes them as plain files; in
// `astro dev` they are routes ([type]/[file].json.ts). Why: docs/decisions/014-open-data-record-files.md
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
