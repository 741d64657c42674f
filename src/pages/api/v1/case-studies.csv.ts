// /api/v1/case-studies.csv: one row per case study; columns follow the record schema (src/lib/open-data/csv.ts).
import type { APIRoute } from 'astro';
import { siteUrl } from '../../../config/site.ts';
import { loadRecords } from '../../../lib/open-data/load.ts';
import { caseStudyColumns } from '../../../lib/open-data/tables.ts';
import { toCsv } from '../../../lib/open-data/csv.ts';
import { csvResponse } from '../../../lib/open-data/response.ts';

export const GET: APIRoute = async () =>
  csvResponse(
    toCsv(
      caseStudyColumns(),
      (await loadRecords('case-studies', siteUrl)).map((l) => l.record),
    ),
  );
