// Challenges and the case studies that answer them. A case study names the challenges it answers (its `challenges`
// field), so the link is written once; these helpers read it from both ends.
import { getCollection, type CollectionEntry } from 'astro:content';
import { caseStudies, countries, type CaseStudyEntry, type CountryEntry } from './content.ts';
import { perBuild } from './per-build.ts';

export type ChallengeEntry = CollectionEntry<'challenges'>;
/** How a case study answers a challenge, e.g. `{ approach: 'Middle-mile fibre', why: 'Rural households…' }`. */
export type ChallengeLink = CaseStudyEntry['data']['challenges'][number];

/** Challenges by title. */
export const challenges = perBuild(async (): Promise<readonly ChallengeEntry[]> =>
  (await getCollection('challenges')).sort((a, b) => a.data.title.localeCompare(b.data.title)),
);

/** A case study that answers a challenge, with how it does. */
export interface Answer {
  entry: CaseStudyEntry;
  link: ChallengeLink;
}

/** The case studies that answer each challenge (by challenge ID), in the order of caseStudies(). */
export const answersByChallenge = perBuild(async (): Promise<ReadonlyMap<string, readonly Answer[]>> => {
  const out = new Map<string, Answer[]>();
  for (const entry of await caseStudies())
    for (const link of entry.data.challenges)
      out.set(link.challenge.id, [...(out.get(link.challenge.id) ?? []), { entry, link }]);
  return out;
});

/** The challenges a case study answers, each with the case's link to it. */
export async function challengesOfCase(entry: CaseStudyEntry): Promise<{ challenge: ChallengeEntry; link: ChallengeLink }[]> {
  const all = await challenges();
  return entry.data.challenges.flatMap((link) => {
    const challenge = all.find((c) => c.id === link.challenge.id);
    return challenge ? [{ challenge, link }] : [];
  });
}

/** The challenges one country's case studies answer, with those case studies. */
export async function challengesOfCountry(countryId: string): Promise<{ challenge: ChallengeEntry; answers: Answer[] }[]> {
  const answers = await answersByChallenge();
  return (await challenges()).flatMap((challenge) => {
    const own = (answers.get(challenge.id) ?? []).filter((a) => a.entry.data.country.id === countryId);
    return own.length > 0 ? [{ challenge, answers: own }] : [];
  });
}

/** The countries a challenge involves: the one that asked it, then those whose case studies answer it, by name. */
export async function countriesOfChallenge(entry: ChallengeEntry): Promise<CountryEntry[]> {
  const answers = (await answersByChallenge()).get(entry.id) ?? [];
  return (await countries()).filter(
    (c) => c.id === entry.data.askedBy.country.id || answers.some((a) => a.entry.data.country.id === c.id),
  );
}
