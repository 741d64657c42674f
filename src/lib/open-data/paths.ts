// Addresses of the open-data files, in one place: endpoints, the /data/ page and the tests use these.
import type { RecordType, SchemaName } from './schemas.ts';

/** The API's root: `/api/v1/`. A breaking change to a record's shape starts /api/v2/ beside it. */
export const apiRoot = '/api/v1/';
/** `indexFile('case-studies')` → `/api/v1/case-studies.json` */
export const indexFile = (type: RecordType): string => `${apiRoot}${type}.json`;
/** `recordFile('principles', 'p3')` → `/api/v1/principles/p3.json` */
export const recordFile = (type: RecordType, file: string): string => `${apiRoot}${type}/${file}.json`;
/** `schemaFile('countries')` → `/api/v1/schemas/countries.json` */
export const schemaFile = (name: SchemaName): string => `${apiRoot}schemas/${name}.json`;
/** The two CSV tables. */
export const csvFiles = { caseStudies: `${apiRoot}case-studies.csv`, indicators: `${apiRoot}indicators.csv` } as const;
/** The catalogue of every file: `/api/v1/index.json` */
export const catalogueFile = `${apiRoot}index.json`;
