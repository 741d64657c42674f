// The two CSV tables' columns and rows, derived from the published record schemas.
import { csvColumns, type Column } from './csv.ts';
import { jsonSchemaOf } from './schemas.ts';

interface Schema {
  properties: Record<string, { description?: string; items?: Schema }>;
}

/** Columns of case-studies.csv: every scalar field of a case-study record (lists joined with "; "). */
export const caseStudyColumns = (): Column[] => csvColumns(jsonSchemaOf('case-studies', ''));

/** Columns of indicators.csv: the country, then every field of an indicator value (its source flattened). */
export function indicatorColumns(): Column[] {
  const country = jsonSchemaOf('countries', '') as unknown as Schema;
  const item = country.properties['indicators']?.items;
  return [
    { path: 'country', description: country.properties['id']?.description ?? '' },
    { path: 'countryName', description: country.properties['name']?.description ?? '' },
    ...(item ? csvColumns(item) : []),
  ];
}

/** One row per indicator value of each country record. */
export const indicatorRows = (countries: readonly Record<string, unknown>[]): Record<string, unknown>[] =>
  countries.flatMap((c) =>
    (c['indicators'] as Record<string, unknown>[]).map((v) => ({ country: c['id'], countryName: c['name'], ...v })),
  );
