/**
 * Memoises an async reader by its arguments. `astro build` renders thousands of pages from content that does not
 * change meanwhile, so each sorted collection or open-data table is computed once and shared (callers must not
 * mutate it: the readers return readonly arrays). Under `astro dev` (`cache` false) every call reads afresh, so an
 * edited entry shows on the next request.
 * @example const cases = perBuild(async () => sortCases(await getCollection('caseStudies')));
 */
export function perBuild<A extends string[], T>(
  read: (...args: A) => Promise<T>,
  cache: boolean = !import.meta.env.DEV,
): (...args: A) => Promise<T> {
  if (!cache) return read;
  const results = new Map<string, Promise<T>>();
  return (...args: A) => {
    const key = args.join('\0');
    let result = results.get(key);
    if (!result) {
      result = read(...args);
      results.set(key, result);
      // A failed read is not kept, so the next caller gets the error afresh rather than a stale rejection.
      result.catch(() => results.delete(key));
    }
    return result;
  };
}
