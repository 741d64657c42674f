// /api/v1/indicators.csv: one row per country, indicator and year, with the value's source.
import type { APIRoute } from 'astro';
import { siteUrl } from '../../../config/site.ts';
import { loadRecords } from '../../../lib/open-data/load.ts';
import { indicatorColumns, indicatorRows } from '../../../lib/open-data/tables.ts';
import { toCsv } from '../../../lib/open-data/csv.ts';
import { csvResponse } from '../../../lib/open-data/response.ts';

export const GET: APIRoute = async () =>
  csvResponse(toCsv(indicatorColumns(), indicatorRows((await loadRecords('countries', siteUrl)).map((l) => l.record))));
