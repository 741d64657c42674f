import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The fact sheet sits in shared/ beside the repository (and at /work/shared on the project's machines); FACTS_MD overrides.
const candidates = [process.env['FACTS_MD'], '../shared/reference/FACTS.md', '/work/shared/reference/FACTS.md'].filter(
  (p): p is string => !!p,
);
const factsPath = candidates.find((p) => existsSync(p));
if (!factsPath) throw new Error(`FACTS.md not found; looked at ${candidates.join(', ')} (set FACTS_MD to its path)`);
const factsLines = readFileSync(factsPath, 'utf8').split('\n');
const fixture = JSON.parse(readFileSync('tests/fixtures/facts/un-egov-survey.json', 'utf8')) as {
  egdi: { country: string; year: number; rank: number; egdi: number; osi: number; hci: number; tii: number; factsLine: number }[];
  internetUse: { year: number; urban: number; rural: number; factsLine: number }[];
};
const names: Record<string, string> = {
  dnk: 'Denmark',
  est: 'Estonia',
  sgp: 'Singapore',
  kor: 'Rep. of Korea',
  uzb: 'Uzbekistan',
};
const cells = (line: number) =>
  (factsLines[line - 1] ?? '')
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean);

describe('the machine-readable copy of FACTS.md', () => {
  it.each(fixture.egdi.map((r) => [`${r.country} ${r.year}`, r] as const))('matches the EGDI table row for %s', (_, r) => {
    const [name, rank, egdi, osi, hci, tii] = cells(r.factsLine);
    expect(name).toBe(names[r.country]);
    expect([Number(rank), Number(egdi), Number(osi), Number(hci), Number(tii)]).toEqual([r.rank, r.egdi, r.osi, r.hci, r.tii]);
  });

  it.each(fixture.internetUse.map((r) => [r.year, r] as const))('matches the internet-use row for %s', (_, r) => {
    const [year, urban, rural] = cells(r.factsLine);
    expect([Number(year), parseFloat(urban ?? ''), parseFloat(rural ?? '')]).toEqual([r.year, r.urban, r.rural]);
  });

  it('covers both survey years for all five countries', () => {
    expect(fixture.egdi).toHaveLength(10);
  });
});
