// Addresses of the Atom feeds of new and updated case studies.

export const feedUrls = {
  /** Every case study: `/feeds/case-studies.xml` */
  site: '/feeds/case-studies.xml',
  /** One country's: `feedUrls.country('est')` → `/feeds/countries/est.xml` */
  country: (id: string): string => `/feeds/countries/${id}.xml`,
  /** One theme's: `feedUrls.theme('open-data')` → `/feeds/themes/open-data.xml` */
  theme: (id: string): string => `/feeds/themes/${id}.xml`,
};
