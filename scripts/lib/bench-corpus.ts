// Maps the shared benchmark corpus (/work/shared/bench/gen-corpus.mjs: title, country, region, themes, year, summary
// and a ~1,000-word body) onto our case-study schema, keeping the body exactly as generated so our figures compare
// with the peers' on the same text. What the corpus lacks (sources, what worked …) is filled from its own sentences.
import { stringify } from 'yaml';
import { parseFrontmatter } from './frontmatter.ts';
import type { RegionId, ThemeId } from '../../src/schemas/vocabularies.ts';

/** The corpus's 20 themes onto our vocabulary, by nearest meaning. */
const themeMap: Record<string, ThemeId> = {
  'Water and sanitation': 'e-services',
  'Agriculture and food security': 'data-driven-policy',
  'Health systems': 'e-services',
  'Education and skills': 'digital-literacy',
  'Climate adaptation': 'data-driven-policy',
  'Renewable energy': 'connectivity',
  'Urban development': 'strategy',
  'Digital public infrastructure': 'interoperability',
  'Governance and accountability': 'open-data',
  'Gender equality': 'digital-divide',
  'Financial inclusion': 'digital-divide',
  'Disaster risk reduction': 'cybersecurity',
  'Migration and displacement': 'digital-identity',
  'Trade and logistics': 'interoperability',
  'Biodiversity and forests': 'open-data',
  'Social protection': 'e-services',
  Nutrition: 'data-driven-policy',
  'Transport and mobility': 'connectivity',
  'Youth employment': 'public-sector-skills',
  'Oceans and fisheries': 'partnerships',
};
/** The corpus's World Bank-style regions onto UN M49 regions; countries that sit elsewhere are listed. */
const regionMap: Record<string, RegionId> = {
  'Sub-Saharan Africa': 'africa',
  'South Asia': 'asia',
  'East Asia and Pacific': 'asia',
  'Latin America and Caribbean': 'americas',
  'Middle East and North Africa': 'asia',
  'Europe and Central Asia': 'europe',
};
const regionOf: Record<string, RegionId> = Object.fromEntries([
  ...['Fiji', 'Vanuatu', 'Samoa', 'Tonga', 'Papua New Guinea'].map((c) => [c, 'oceania']),
  ...['Morocco', 'Tunisia', 'Egypt', 'Algeria', 'Libya'].map((c) => [c, 'africa']),
  ...['Georgia', 'Armenia', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'Kazakhstan'].map((c) => [c, 'asia']),
]);

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const sentences = (text: string): string[] => text.match(/[^.!?]+[.!?]+/g)?.map((s) => s.trim()) ?? [text];
const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;

/** A corpus page as our files: the case study's Markdown and the country it names. */
export interface MappedPage {
  caseStudy: { slug: string; markdown: string };
  country: { id: string; name: string; region: RegionId; subregion: string };
}

/** Maps one generated file (`00001-….md`, its text in `source`) onto a case study and its country. */
export function mapCorpusPage(file: string, source: string): MappedPage {
  const { data, body } = parseFrontmatter(source);
  const name = String(data['country']);
  const region = regionOf[name] ?? regionMap[String(data['region'])] ?? 'asia';
  const country = { id: slug(name), name, region, subregion: String(data['region']) };
  const year = Number(data['year']);
  const [first = '', second = first] = sentences(String(data['summary']));
  const bodyFirst = sentences(body.split('\n\n')[0] ?? '')[0] ?? first;
  const id = file.replace(/\.md$/, '');
  const frontmatter = {
    title: clip(String(data['title']), 120),
    summary: clip(String(data['summary']), 280),
    country: country.id,
    themes: [...new Set((data['themes'] as string[]).map((t) => themeMap[t] ?? 'strategy'))],
    period: { start: year },
    status: 'active',
    whatWorked: [first],
    whatDidnt: [second],
    lessons: [bodyFirst],
    sources: [
      { publisher: 'Synthetic benchmark corpus', title: `Generated case study ${id}`, url: `https://example.org/bench/${id}` },
    ],
    published: `${Math.min(year + 1, 2025)}-03-01`,
    lastReviewed: '2025-06-01',
  };
  return { caseStudy: { slug: id, markdown: `---\n${stringify(frontmatter)}---\n\n${body}` }, country };
}

/** A country profile for a corpus country: no indicators, since the corpus has none. */
export function countryMarkdown(c: MappedPage['country']): string {
  const data = {
    name: c.name,
    officialName: c.name,
    region: c.region,
    subregion: c.subregion,
    summary: `${c.name} appears in the synthetic benchmark corpus; this profile exists so its case studies have a country.`,
    indicators: [],
    lastReviewed: '2025-06-01',
  };
  return `---\n${stringify(data)}---\n`;
}
