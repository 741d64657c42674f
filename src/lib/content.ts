// Reading the collections in the orders pages need. Pages call these instead of sorting on their own. Each list is
// read and sorted once per build (perBuild) and shared by every page, so it is readonly.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { RegionId, ThemeId } from '../schemas/vocabularies.ts';
import { byPrincipleId } from './by-principle-id.ts';
import { groupBy } from './group-by.ts';
import { perBuild } from './per-build.ts';

export type CaseStudyEntry = CollectionEntry<'caseStudies'>;
export type CountryEntry = CollectionEntry<'countries'>;
export type PrincipleEntry = CollectionEntry<'principles'>;
export type TrainingEntry = CollectionEntry<'training'>;
export type LessonEntry = CollectionEntry<'lessons'>;

/** Case studies, newest initiative first, then by title. */
export const caseStudies = perBuild(async (): Promise<readonly CaseStudyEntry[]> => {
  const all = await getCollection('caseStudies');
  return all.sort((a, b) => b.data.period.start - a.data.period.start || a.data.title.localeCompare(b.data.title));
});

/** Each country's case studies (by country ID), in the order of caseStudies(); a country with none is absent. */
export const caseStudiesByCountry = perBuild(async (): Promise<ReadonlyMap<string, readonly CaseStudyEntry[]>> =>
  groupBy(await caseStudies(), (e) => [e.data.country.id]),
);

/** The case studies on each theme, in the order of caseStudies(); a theme with none is absent. */
export const caseStudiesByTheme = perBuild(async (): Promise<ReadonlyMap<ThemeId, readonly CaseStudyEntry[]>> =>
  groupBy(await caseStudies(), (e) => e.data.themes),
);

/** The case studies from each region (by region ID), in the order of caseStudies(); a region with none is absent. */
export const caseStudiesByRegion = perBuild(async (): Promise<ReadonlyMap<RegionId, readonly CaseStudyEntry[]>> => {
  const regionOf = new Map((await getCollection('countries')).map((c) => [c.id, c.data.region]));
  return groupBy(await caseStudies(), (e) => {
    const region = regionOf.get(e.data.country.id);
    return region ? [region] : [];
  });
});

/** The case studies by the year their initiative started, newest year first. */
export const caseStudiesByYear = perBuild(async (): Promise<ReadonlyMap<number, readonly CaseStudyEntry[]>> =>
  groupBy(await caseStudies(), (e) => [e.data.period.start]),
);

/** Countries by English name. */
export const countries = perBuild(async (): Promise<readonly CountryEntry[]> =>
  (await getCollection('countries')).sort((a, b) => a.data.name.localeCompare(b.data.name)),
);

/** Principles in ID order: P1, P2 … */
export const principles = perBuild(async (): Promise<readonly PrincipleEntry[]> =>
  (await getCollection('principles')).sort((a, b) => byPrincipleId(a.data.id, b.data.id)),
);

/** Training modules by title. */
export const trainingModules = perBuild(async (): Promise<readonly TrainingEntry[]> =>
  (await getCollection('training')).sort((a, b) => a.data.title.localeCompare(b.data.title)),
);

/** The lessons of one module in their order. */
export const lessonsOf = perBuild(async (moduleId: string): Promise<readonly LessonEntry[]> => {
  const all = await getCollection('lessons', (l) => l.id.startsWith(`${moduleId}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
});

/** Looks up entries by the references stored in a field, in the order given. */
export function pick<T extends { id: string }>(all: readonly T[], refs: readonly { id: string }[]): T[] {
  return refs.map((r) => all.find((e) => e.id === r.id)).filter((e): e is T => e !== undefined);
}

/** Principles a case study illustrates: those it names and those that name it (either side may record the link). */
export async function principlesOfCase(entry: CaseStudyEntry): Promise<PrincipleEntry[]> {
  const named = new Set(entry.data.principles.map((r) => r.id));
  return (await principles()).filter((p) => named.has(p.id) || p.data.caseStudies.some((r) => r.id === entry.id));
}

/** Case studies that illustrate a principle: those it names and those that name it. */
export async function casesOfPrinciple(entry: PrincipleEntry): Promise<CaseStudyEntry[]> {
  const named = new Set(entry.data.caseStudies.map((r) => r.id));
  return (await caseStudies()).filter((c) => named.has(c.id) || c.data.principles.some((r) => r.id === entry.id));
}

/** Training modules that teach a principle: those it names and those that name it. */
export async function modulesOfPrinciple(entry: PrincipleEntry): Promise<TrainingEntry[]> {
  const named = new Set(entry.data.training.map((r) => r.id));
  return (await trainingModules()).filter((m) => named.has(m.id) || m.data.principles.some((r) => r.id === entry.id));
}

/** Principles a training module teaches: those it names and those that name it. */
export async function principlesOfModule(entry: TrainingEntry): Promise<PrincipleEntry[]> {
  const named = new Set(entry.data.principles.map((r) => r.id));
  return (await principles()).filter((p) => named.has(p.id) || p.data.training.some((r) => r.id === entry.id));
}
