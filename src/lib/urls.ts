// Every internal URL is built here, so a URL scheme change is made in one place.
// All URLs end with a slash (astro.config.mjs: trailingSlash 'always').

/** `caseStudyUrl('est-x-road-once-only')` → `/case-studies/est-x-road-once-only/` */
export const caseStudyUrl = (id: string): string => `/case-studies/${id}/`;
/** `countryUrl('est')` → `/countries/est/` */
export const countryUrl = (id: string): string => `/countries/${id}/`;
/** Case studies of one country: `/case-studies/country/est/` */
export const countryCaseStudiesUrl = (id: string): string => `/case-studies/country/${id}/`;
/** Case studies on one theme: `/case-studies/theme/open-data/` */
export const themeUrl = (id: string): string => `/case-studies/theme/${id}/`;
/** `principleUrl('transparency')` → `/framework/transparency/` */
export const principleUrl = (slug: string): string => `/framework/${slug}/`;
/** The anchor of a clause on its principle's page: `clauseAnchor('P3.2')` → `p3-2` */
export const clauseAnchor = (clauseId: string): string => clauseId.toLowerCase().replace('.', '-');
/** `trainingUrl('data-literacy')` → `/training/data-literacy/` */
export const trainingUrl = (moduleId: string): string => `/training/${moduleId}/`;
/** `lessonUrl('data-literacy/why-data')` → `/training/data-literacy/why-data/` */
export const lessonUrl = (lessonId: string): string => `/training/${lessonId}/`;
/** A principle's permanent short URL, which survives slug changes: `principleShortUrl('P3')` → `/framework/p3/` */
export const principleShortUrl = (principleId: string): string => `/framework/${principleId.toLowerCase()}/`;
/** A clause's permanent short URL: `clauseShortUrl('P3.2')` → `/framework/p3-2/` (redirects to the clause's anchor). */
export const clauseShortUrl = (clauseId: string): string => `/framework/${clauseAnchor(clauseId)}/`;
/** The printable framework: `/framework/print/` */
export const frameworkPrintUrl = '/framework/print/';
/** The framework's change log: `/framework/changelog/` */
export const changelogUrl = '/framework/changelog/';
/** What worked and what didn't on one theme: `lessonsUrl('open-data')` → `/lessons/open-data/` */
export const lessonsUrl = (themeId: string): string => `/lessons/${themeId}/`;
/** An absolute URL on the deployed site: `absoluteUrl('/framework/p3/', 'https://x.org')` → `https://x.org/framework/p3/` */
export const absoluteUrl = (path: string, site: string): string => `${site.replace(/\/$/, '')}${path}`;

/** The challenges index: `/challenges/`. */
export const challengesUrl = '/challenges/';

/** A challenge's page: `/challenges/bridging-the-digital-divide/`. */
export const challengeUrl = (id: string): string => `/challenges/${id}/`;

/** The compare page with these countries ticked: `/compare/?c=est,uzb`. */
export const compareUrl = (countryIds: readonly string[]): string => `/compare/?c=${[...countryIds].sort().join(',')}`;

/** Case studies from one region: `/case-studies/region/asia/`. */
export const regionCaseStudiesUrl = (id: string): string => `/case-studies/region/${id}/`;

/** Case studies that started in one year: `/case-studies/year/2019/`. */
export const yearCaseStudiesUrl = (year: number): string => `/case-studies/year/${year}/`;
