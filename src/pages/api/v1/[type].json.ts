// /api/v1/<type>.json: the index of one record type, each item linking to its full record; in a build, also the
// record files themselves.
import type { APIRoute } from 'astro';
import { contentLicence, siteUrl } from '../../../config/site.ts';
import { loadRecords } from '../../../lib/open-data/load.ts';
import { recordFile, schemaFile } from '../../../lib/open-data/paths.ts';
import { recordTypes, type RecordType } from '../../../lib/open-data/schemas.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { jsonResponse } from '../../../lib/open-data/response.ts';
import { writeRecordFiles } from '../../../lib/open-data/record-files.ts';

export const getStaticPaths = () => recordTypes.map((type) => ({ params: { type } }));

export const GET: APIRoute = async ({ params }) => {
  const type = params['type'] as RecordType;
  const loaded = await loadRecords(type, siteUrl);
  // In a build, each record's own file is written from here (lib/open-data/record-files.ts); in dev it is a route.
  if (!import.meta.env.DEV) writeRecordFiles(type, loaded);
  return jsonResponse({
    type,
    count: loaded.length,
    licence: contentLicence.url,
    schema: absoluteUrl(schemaFile(type), siteUrl),
    items: loaded.map((l) => ({ id: l.id, title: l.title, url: l.url, json: absoluteUrl(recordFile(type, l.file), siteUrl) })),
  });
};
