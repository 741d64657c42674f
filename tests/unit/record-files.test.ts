import { afterEach, expect, test } from 'vitest';
import { setRecordSink, writeRecordFiles } from '../../src/lib/open-data/record-files.ts';
import type { Loaded } from '../../src/lib/open-data/load.ts';

const loaded: Loaded[] = [
  { id: 'P3', file: 'p3', title: 'P3: Transparency', url: 'https://example.org/framework/transparency/', record: { id: 'P3' } },
  { id: 'P4', file: 'p4', title: 'P4: Security', url: 'https://example.org/framework/security/', record: { id: 'P4' } },
];
afterEach(() => setRecordSink(undefined));

test('record files go to the build sink under /api/v1/<type>/<file>.json, each with its record', () => {
  const written: [string, unknown][] = [];
  setRecordSink({ write: (path, record) => written.push([path, record]) });
  writeRecordFiles('principles', loaded);
  expect(written).toEqual([
    ['/api/v1/principles/p3.json', { id: 'P3' }],
    ['/api/v1/principles/p4.json', { id: 'P4' }],
  ]);
});

test('without a sink (the integration is missing) the build stops, naming the folder', () => {
  expect(() => writeRecordFiles('principles', loaded)).toThrow('/api/v1/principles/: no sink for the record files');
});
