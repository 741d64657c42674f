// /api/v1/<type>/<id>.json: one record in full, as a route in `astro dev` only. A build writes these files from the
// index endpoints instead ([type].json.ts; lib/open-data/record-files.ts says why).
import type { APIRoute } from 'astro';
import { siteUrl } from '../../../../config/site.ts';
import { loadRecords } from '../../../../lib/open-data/load.ts';
import { recordTypes } from '../../../../lib/open-data/schemas.ts';
import { jsonResponse } from '../../../../lib/open-data/response.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const perType = await Promise.all(
    recordTypes.map(async (type) =>
      (await loadRecords(type, siteUrl)).map((l) => ({ params: { type, file: l.file }, props: { record: l.record } })),
    ),
  );
  return perType.flat();
}

export const GET: APIRoute = ({ props }) => jsonResponse(props['record']);
