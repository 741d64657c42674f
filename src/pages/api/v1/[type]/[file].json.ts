// /api/v1/<type>/<id>.json: one record in full.
import type { APIRoute } from 'astro';
import { siteUrl } from '../../../../config/site.ts';
import { loadRecords } from '../../../../lib/open-data/load.ts';
import { recordTypes } from '../../../../lib/open-data/schemas.ts';
import { jsonResponse } from '../../../../lib/open-data/response.ts';

export async function getStaticPaths() {
  const perType = await Promise.all(
    recordTypes.map(async (type) =>
      (await loadRecords(type, siteUrl)).map((l) => ({ params: { type, file: l.file }, props: { record: l.record } })),
    ),
  );
  return perType.flat();
}

export const GET: APIRoute = ({ props }) => jsonResponse(props['record']);
