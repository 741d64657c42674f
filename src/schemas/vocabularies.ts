import { defineVocabulary } from './vocabulary.ts';
export type { Term } from './vocabulary.ts';

/** Themes a case study, lesson or search facet can carry. Add a theme here and every page, facet and CMS select follows. */
export const themes = defineVocabulary('theme', [
  { id: 'connectivity', label: 'Connectivity', description: 'Networks and infrastructure that bring people online.' },
  { id: 'digital-divide', label: 'Digital divide', description: 'Gaps in access and use between places and groups of people.' },
  { id: 'e-services', label: 'Online public services', description: 'Government services people can complete online.' },
  { id: 'digital-identity', label: 'Digital identity', description: 'Electronic identification, authentication and signatures.' },
  { id: 'interoperability', label: 'Interoperability', description: 'Systems and registers that exchange data securely.' },
  { id: 'open-data', label: 'Open data', description: 'Publishing government data for anyone to reuse.' },
  { id: 'data-driven-policy', label: 'Data-driven policy', description: 'Using data and evidence to make and run policy.' },
  { id: 'data-protection', label: 'Data protection', description: 'Laws, safeguards and rights over personal data.' },
  {
    id: 'cybersecurity',
    label: 'Cybersecurity and resilience',
    description: 'Protecting systems and keeping the state running.',
  },
  { id: 'digital-literacy', label: 'Digital literacy', description: 'The skills people need to use digital services.' },
  { id: 'public-sector-skills', label: 'Public-sector skills', description: 'Training and capacity of public servants.' },
  { id: 'partnerships', label: 'Partnerships', description: 'Work with operators, businesses and other states.' },
  { id: 'strategy', label: 'Strategy and governance', description: 'National strategies, institutions and targets.' },
]);
export type ThemeId = (typeof themes.ids)[number];

/** UN M49 regions, used for browsing and search facets. */
export const regions = defineVocabulary('region', [
  { id: 'africa', label: 'Africa', description: 'UN M49 region Africa.' },
  { id: 'americas', label: 'Americas', description: 'UN M49 region Americas.' },
  { id: 'asia', label: 'Asia', description: 'UN M49 region Asia.' },
  { id: 'europe', label: 'Europe', description: 'UN M49 region Europe.' },
  { id: 'oceania', label: 'Oceania', description: 'UN M49 region Oceania.' },
]);
export type RegionId = (typeof regions.ids)[number];

/** Who a training module is written for. */
export const audiences = defineVocabulary('audience', [
  { id: 'public-servants', label: 'Public servants', description: 'Officials in ministries and agencies.' },
  { id: 'policy-makers', label: 'Policy makers', description: 'People who set strategy, law and budgets.' },
  { id: 'service-managers', label: 'Service managers', description: 'People who run public services day to day.' },
  { id: 'data-specialists', label: 'Data specialists', description: 'Analysts, statisticians and data engineers.' },
  { id: 'frontline-staff', label: 'Front-line staff', description: 'Staff who help people in service centres.' },
  { id: 'delegates', label: 'Forum delegates', description: 'Participants in UN and other international forums.' },
]);
export type AudienceId = (typeof audiences.ids)[number];

/** How much prior knowledge a training module assumes. */
export const levels = defineVocabulary('level', [
  { id: 'introductory', label: 'Introductory', description: 'No prior knowledge needed.' },
  { id: 'intermediate', label: 'Intermediate', description: 'Assumes working knowledge of the topic.' },
  { id: 'advanced', label: 'Advanced', description: 'For specialists who lead the work.' },
]);
export type LevelId = (typeof levels.ids)[number];

/** Where an initiative described by a case study stands. */
export const statuses = defineVocabulary('status', [
  { id: 'planned', label: 'Planned', description: 'Announced, not yet started.' },
  { id: 'active', label: 'Active', description: 'Running now.' },
  { id: 'completed', label: 'Completed', description: 'Finished as planned.' },
  { id: 'superseded', label: 'Superseded', description: 'Replaced by a later initiative.' },
  { id: 'discontinued', label: 'Discontinued', description: 'Stopped before it was finished.' },
]);
export type StatusId = (typeof statuses.ids)[number];

/** Country indicators; `percent` values are 0–100, `index` values 0–1, `rank` a position. */
export const indicators = defineVocabulary('indicator', [
  { id: 'egdi-rank', label: 'EGDI rank', description: 'Position in the UN E-Government Development Index (1 is best).' },
  { id: 'egdi', label: 'EGDI', description: 'UN E-Government Development Index, 0–1: the mean of OSI, TII and HCI.' },
  { id: 'osi', label: 'Online Services Index', description: 'Scope and quality of online services (UN DESA), 0–1.' },
  { id: 'hci', label: 'Human Capital Index', description: 'Education component of the EGDI (UNESCO data), 0–1.' },
  {
    id: 'tii',
    label: 'Telecommunication Infrastructure Index',
    description: 'Connectivity component of the EGDI (ITU data), 0–1.',
  },
  { id: 'internet-use-urban', label: 'Internet use, urban', description: 'Share of the urban population using the internet, %.' },
  { id: 'internet-use-rural', label: 'Internet use, rural', description: 'Share of the rural population using the internet, %.' },
]);
export type IndicatorId = (typeof indicators.ids)[number];

/** The UN E-Government Survey's EGDI groups, highest first; the thresholds are in src/lib/egdi-group.ts. */
export const egdiGroups = defineVocabulary('EGDI group', [
  { id: 'very-high', label: 'Very high', description: 'EGDI above 0.75.' },
  { id: 'high', label: 'High', description: 'EGDI from 0.50 to 0.75.' },
  { id: 'middle', label: 'Middle', description: 'EGDI from 0.25 to 0.50.' },
  { id: 'low', label: 'Low', description: 'EGDI below 0.25.' },
]);
export type EgdiGroupId = (typeof egdiGroups.ids)[number];

/** The kinds of page a reader can find; used by search facets and open-data exports. */
export const contentTypes = defineVocabulary('content type', [
  { id: 'case-study', label: 'Case study', description: 'What a country did, what worked and what did not.' },
  { id: 'country', label: 'Country profile', description: 'Indicators and case studies of one country.' },
  { id: 'challenge', label: 'Challenge', description: 'A problem governments face, and the countries that met it.' },
  { id: 'principle', label: 'Framework principle', description: 'A principle of the Global Data Governance Framework.' },
  { id: 'training', label: 'Training module', description: 'A course for public servants.' },
  { id: 'lesson', label: 'Training lesson', description: 'One lesson of a training module.' },
]);
export type ContentTypeId = (typeof contentTypes.ids)[number];
