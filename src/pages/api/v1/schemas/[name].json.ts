// /api/v1/schemas/<name>.json: JSON Schemas generated from the content schemas (src/lib/open-data/schemas.ts).
import type { APIRoute } from 'astro';
import { siteUrl } from '../../../../config/site.ts';
import { jsonSchemaOf, publishedSchemas, type SchemaName } from '../../../../lib/open-data/schemas.ts';
import { schemaFile } from '../../../../lib/open-data/paths.ts';
import { absoluteUrl } from '../../../../lib/urls.ts';
import { jsonResponse } from '../../../../lib/open-data/response.ts';

export const getStaticPaths = () => Object.keys(publishedSchemas).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const name = params['name'] as SchemaName;
  return jsonResponse(jsonSchemaOf(name, absoluteUrl(schemaFile(name), siteUrl)));
};
