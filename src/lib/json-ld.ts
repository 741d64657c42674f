// schema.org descriptions for search engines and citation tools, built from content; rendered by JsonLd.astro.
import { contentLicence, publisher } from '../config/site.ts';
import { isoDate } from './format-date.ts';

type Thing = Record<string, unknown>;

const organisation = (site: string): Thing => ({ '@type': 'Organization', name: publisher, url: `${site}/` });

/**
 * A case study as a schema.org Article.
 * @example articleLd({ title: 'X-Road …', summary: '…', published, lastReviewed, url, about: 'Estonia', keywords: ['Interoperability'] }, site)
 */
export function articleLd(
  a: { title: string; summary: string; published: Date; lastReviewed: Date; url: string; about: string; keywords: string[] },
  site: string,
): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    datePublished: isoDate(a.published),
    dateModified: isoDate(a.lastReviewed),
    url: a.url,
    mainEntityOfPage: a.url,
    inLanguage: 'en',
    about: { '@type': 'Country', name: a.about },
    keywords: a.keywords.join(', '),
    author: organisation(site),
    publisher: organisation(site),
    license: contentLicence.url,
    isAccessibleForFree: true,
  };
}

/** A training module as a schema.org Course; `minutes` becomes an ISO 8601 duration (PT90M). */
export function courseLd(
  c: { title: string; summary: string; url: string; level: string; audience: string[]; minutes: number; lastReviewed: Date },
  site: string,
): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: c.title,
    description: c.summary,
    url: c.url,
    inLanguage: 'en',
    educationalLevel: c.level,
    audience: c.audience.map((a) => ({ '@type': 'Audience', audienceType: a })),
    timeRequired: `PT${c.minutes}M`,
    dateModified: isoDate(c.lastReviewed),
    provider: organisation(site),
    license: contentLicence.url,
    isAccessibleForFree: true,
  };
}

/** The framework, or one principle of it, as a versioned schema.org CreativeWork. */
export function frameworkLd(
  f: { name: string; description: string; url: string; version: string; date: Date; parts?: { name: string; url: string }[] },
  site: string,
  partOf?: { name: string; url: string },
): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: f.name,
    description: f.description,
    url: f.url,
    version: f.version,
    dateModified: isoDate(f.date),
    inLanguage: 'en',
    author: organisation(site),
    publisher: organisation(site),
    license: contentLicence.url,
    ...(partOf ? { isPartOf: { '@type': 'CreativeWork', ...partOf } } : {}),
    ...(f.parts ? { hasPart: f.parts.map((p) => ({ '@type': 'CreativeWork', ...p })) } : {}),
  };
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so no text can close the script element. */
export const jsonLdText = (data: Thing): string => JSON.stringify(data).replace(/</g, '\\u003c');
