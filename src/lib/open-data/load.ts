// Builds the open-data records from the collections (build time only: it reads astro:content).
import { caseStudies, caseStudiesByCountry, countries, lessonsOf, principles, trainingModules } from '../content.ts';
import { absoluteUrl, caseStudyUrl, countryUrl, lessonUrl, principleShortUrl, principleUrl, trainingUrl } from '../urls.ts';
import { perBuild } from '../per-build.ts';
import { toPlain } from './to-plain.ts';
import { markdownBody } from './markdown-body.ts';
import type { RecordType } from './schemas.ts';

/** One record with what an index file lists about it. */
export interface Loaded {
  id: string;
  /** The file name under /api/v1/<type>/, e.g. `p3` for principle P3. */
  file: string;
  title: string;
  url: string;
  record: Record<string, unknown>;
}

const plain = (data: unknown) => toPlain(data) as Record<string, unknown>;

/** Every record of a type, in the site's order, with absolute URLs on `site`; built once per build and shared. */
export const loadRecords = perBuild(async (type: RecordType, site: string): Promise<readonly Loaded[]> => {
  const abs = (path: string) => absoluteUrl(path, site);
  if (type === 'case-studies')
    return (await caseStudies()).map((e) => {
      const url = abs(caseStudyUrl(e.id));
      return {
        id: e.id,
        file: e.id,
        title: e.data.title,
        url,
        record: { id: e.id, url, ...plain(e.data), body: markdownBody(e) },
      };
    });
  if (type === 'countries') {
    const byCountry = await caseStudiesByCountry();
    return (await countries()).map((e) => {
      const url = abs(countryUrl(e.id));
      const own = (byCountry.get(e.id) ?? []).map((c) => c.id);
      return {
        id: e.id,
        file: e.id,
        title: e.data.name,
        url,
        record: { id: e.id, url, ...plain(e.data), caseStudies: own, body: markdownBody(e) },
      };
    });
  }
  if (type === 'principles')
    return (await principles()).map((e) => {
      const url = abs(principleUrl(e.data.slug));
      const record = { ...plain(e.data), url, shortUrl: abs(principleShortUrl(e.data.id)), body: markdownBody(e) };
      return { id: e.data.id, file: e.data.id.toLowerCase(), title: `${e.data.id}: ${e.data.title}`, url, record };
    });
  return Promise.all(
    (await trainingModules()).map(async (e) => {
      const url = abs(trainingUrl(e.id));
      const lessons = (await lessonsOf(e.id)).map((l) => ({
        id: l.id,
        url: abs(lessonUrl(l.id)),
        ...plain(l.data),
        body: markdownBody(l),
      }));
      return {
        id: e.id,
        file: e.id,
        title: e.data.title,
        url,
        record: { id: e.id, url, ...plain(e.data), body: markdownBody(e), lessons },
      };
    }),
  );
});
