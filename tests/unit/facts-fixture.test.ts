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
  egdiSupplement: SupplementRow[];
};
/** A row of FACTS.md's supplement: rank and EGDI on one table line, the components on another. */
interface SupplementRow {
  country: string;
  year: number;
  rank: number;
  egdi: number;
  osi: number;
  hci: number;
  tii: number;
  rankLine: number;
  componentsLine: number;
}
const supplementNames: Record<string, [string, string]> = {
  gbr: ['United Kingdom', 'UK'],
  kaz: ['Kazakhstan', 'Kazakhstan'],
  ukr: ['Ukraine', 'Ukraine'],
  bra: ['Brazil', 'Brazil'],
  mda: ['Rep. of Moldova', 'Moldova'],
  ind: ['India', 'India'],
  ken: ['Kenya', 'Kenya'],
  rwa: ['Rwanda', 'Rwanda'],
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

  it.each(fixture.egdiSupplement.map((r) => [`${r.country} ${r.year}`, r] as const))(
    "matches the supplement's rank and component rows for %s",
    (_, r) => {
      const [name, short] = supplementNames[r.country] ?? [];
      const ranks = cells(r.rankLine);
      const components = cells(r.componentsLine);
      expect(ranks[0]).toBe(name);
      expect(components[0]).toBe(short);
      // 2024 first, then 2022: rank, EGDI, group each; components as "OSI / HCI / TII".
      const [rank, egdi] = r.year === 2024 ? [ranks[1], ranks[2]] : [ranks[4], ranks[5]];
      const parts = (components[r.year === 2024 ? 1 : 2] ?? '').split('/').map(Number);
      expect([Number(rank), Number(egdi), ...parts]).toEqual([r.rank, r.egdi, r.osi, r.hci, r.tii]);
    },
  );

  it('covers both survey years for all eight supplement countries', () => {
    expect(new Set(fixture.egdiSupplement.map((r) => `${r.country} ${r.year}`)).size).toBe(16);
  });
});
