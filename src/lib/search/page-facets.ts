// Each content type's search facets, from its entry. Page templates pass these to SearchMeta (which writes them as
// data-pagefind-filter), and /search/ counts them to show its facets before Pagefind is loaded.
import type { CaseStudyEntry, CountryEntry, PrincipleEntry, TrainingEntry } from '../content.ts';
import type { ContentTypeId } from '../../schemas/vocabularies.ts';
import type { PageFacets } from './facets.ts';

const type = (id: ContentTypeId): PageFacets['type'] => [id];

/** A case study: its country and region, themes, and the year the initiative started. */
export const caseStudyFacets = (entry: CaseStudyEntry, country: CountryEntry): PageFacets => ({
  type: type('case-study'),
  country: [country.id],
  region: [country.data.region],
  theme: entry.data.themes,
  year: [String(entry.data.period.start)],
});

/** A country profile: itself and its region. */
export const countryFacets = (country: CountryEntry): PageFacets => ({
  type: type('country'),
  country: [country.id],
  region: [country.data.region],
});

/** A framework principle: only its type; principles apply everywhere. */
export const principleFacets = (_entry: PrincipleEntry): PageFacets => ({ type: type('principle') });

/** A training module: its themes and audiences. */
export const trainingFacets = (module: TrainingEntry): PageFacets => ({
  type: type('training'),
  theme: module.data.themes,
  audience: module.data.audience,
});

/** A lesson carries its module's themes and audiences. */
export const lessonFacets = (module: TrainingEntry): PageFacets => ({ ...trainingFacets(module), type: type('lesson') });
