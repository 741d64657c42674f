// Reading the built open-data files, so browser tests can check pages against the records they were built from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './site.ts';

/** A built JSON file under dist/, e.g. `builtJson('/api/v1/case-studies.json')`. */
export const builtJson = <T = Record<string, unknown>>(urlPath: string): T =>
  JSON.parse(readFileSync(join(distDir, urlPath), 'utf8')) as T;

interface Listing {
  items: { id: string; json: string; url: string }[];
}

/** Every record of a type, read through its index file. */
export function builtRecords<T = Record<string, unknown>>(type: string): T[] {
  return builtJson<Listing>(`/api/v1/${type}.json`).items.map((i) => builtJson<T>(new URL(i.json).pathname));
}

/** A principle record as published, with its clauses. */
export interface PrincipleRecord {
  id: string;
  slug: string;
  title: string;
  clauses: { id: string; introducedIn: string }[];
}

/** A case study record as published. */
export interface CaseStudyRecord {
  id: string;
  country: string;
  themes: string[];
  whatWorked: string[];
  whatDidnt: string[];
  lessons: string[];
}
