/** A JSON file, pretty-printed so that it reads and diffs well. */
export const jsonResponse = (data: unknown): Response =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** A CSV file (the static host decides the served type from the .csv extension). */
export const csvResponse = (text: string): Response =>
  new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
