// The citable works of the site, built from content. Each takes the site's address so they stay pure and testable.
import { contentLicence, publisher } from '../../config/site.ts';
import { absoluteUrl, caseStudyUrl, clauseShortUrl, principleShortUrl, trainingUrl } from '../urls.ts';
import type { CitableWork } from './work.ts';

/** The framework's title and current release, as citations name them. */
export interface FrameworkRelease {
  title: string;
  version: string;
  date: Date;
}

const base = { publisher, licence: contentLicence.name };

/** A case study, dated by its last review. `caseStudyWork('est-x-road-once-only', data, site, 'Case study')` */
export const caseStudyWork = (id: string, d: { title: string; lastReviewed: Date }, site: string, kind: string): CitableWork => ({
  ...base,
  title: d.title,
  kind,
  date: d.lastReviewed,
  url: absoluteUrl(caseStudyUrl(id), site),
  key: `dge-${id}`,
});

/** A training module, dated by its last review. */
export const trainingWork = (id: string, d: { title: string; lastReviewed: Date }, site: string, kind: string): CitableWork => ({
  ...base,
  title: d.title,
  kind,
  date: d.lastReviewed,
  url: absoluteUrl(trainingUrl(id), site),
  key: `dge-training-${id}`,
});

/** A principle of the current framework version, at its permanent short URL. */
export const principleWork = (p: { id: string; title: string }, fw: FrameworkRelease, site: string): CitableWork => ({
  ...base,
  title: `${p.id}: ${p.title}`,
  container: fw.title,
  version: fw.version,
  date: fw.date,
  url: absoluteUrl(principleShortUrl(p.id), site),
  key: `dge-${p.id.toLowerCase()}`,
});

/** One clause, at its permanent short URL: title "Clause P3.2 (P3: Transparency)". */
export const clauseWork = (
  clauseId: string,
  p: { id: string; title: string },
  fw: FrameworkRelease,
  site: string,
  label: string,
): CitableWork => ({
  ...principleWork(p, fw, site),
  title: label,
  url: absoluteUrl(clauseShortUrl(clauseId), site),
  key: `dge-${clauseId.toLowerCase().replace('.', '-')}`,
});

/** The whole framework, at /framework/. */
export const frameworkWork = (fw: FrameworkRelease, site: string): CitableWork => ({
  ...base,
  title: fw.title,
  version: fw.version,
  date: fw.date,
  url: absoluteUrl('/framework/', site),
  key: `dge-framework-${fw.version.replaceAll('.', '-')}`,
});
