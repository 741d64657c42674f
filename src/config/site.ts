/**
 * Deployment settings, read from the environment so a deployment changes no code.
 * SITE_URL: the public address, used for canonical URLs, the sitemap, feeds and citations.
 * @example SITE_URL=https://exchange.example.org npm run build
 */
export const siteUrl = (process.env['SITE_URL'] ?? 'http://localhost:4321').replace(/\/$/, '');

/** The publisher named in citations and metadata. */
export const publisher = 'Digital Governance Exchange';

/** Content licence shown on every page and in citations. */
export const contentLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
