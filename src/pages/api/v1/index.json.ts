// /api/v1/index.json: the catalogue of the open data.
import type { APIRoute } from 'astro';
import { contentLicence, siteUrl } from '../../../config/site.ts';
import { frameworkVersion } from '../../../config/framework.ts';
import { loadRecords } from '../../../lib/open-data/load.ts';
import { csvFiles, indexFile, schemaFile } from '../../../lib/open-data/paths.ts';
import { recordTypes } from '../../../lib/open-data/schemas.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { jsonResponse } from '../../../lib/open-data/response.ts';
import { t } from '../../../i18n/t.ts';

export const GET: APIRoute = async () => {
  const abs = (path: string) => absoluteUrl(path, siteUrl);
  const datasets = await Promise.all(
    recordTypes.map(async (type) => ({
      type,
      count: (await loadRecords(type, siteUrl)).length,
      index: abs(indexFile(type)),
      schema: abs(schemaFile(type)),
    })),
  );
  return jsonResponse({
    title: t('data.title'),
    licence: contentLicence.url,
    frameworkVersion,
    documentation: abs('/data/'),
    datasets,
    csv: [
      { name: t('data.csvCaseStudies'), url: abs(csvFiles.caseStudies) },
      { name: t('data.csvIndicators'), url: abs(csvFiles.indicators) },
    ],
  });
};
