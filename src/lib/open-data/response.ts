/** A JSON file's text, pretty-printed so that it reads and diffs well. */
export const jsonText = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

/** A JSON file (see jsonText). */
export const jsonResponse = (data: unknown): Response =>
  new Response(jsonText(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** A CSV file (the static host decides the served type from the .csv extension). */
export const csvResponse = (text: string): Response =>
  new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
