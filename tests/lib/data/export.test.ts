import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildTables, datapackage, toCsv } from '../../../src/lib/data/export.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';

describe('open-data exports', () => {
  const data = siteData();
  const tables = buildTables(data);
  it('has a row per record and a description for every column', () => {
    const byName = new Map(tables.map((t) => [t.name, t]));
    expect(byName.get('observations')!.rows).toHaveLength(data.observations.length);
    expect(byName.get('indicators')!.rows).toHaveLength(data.indicators.length);
    expect(byName.get('areas')!.rows).toHaveLength(data.areas.length);
    for (const table of tables) for (const field of table.fields) expect(field.description.length, `${table.name}.${field.name}`).toBeGreaterThan(3);
  });
  it('writes CSV for Excel: BOM, CRLF, the declared columns in order, quotes and commas intact', () => {
    const observations = tables.find((t) => t.name === 'observations')!;
    const csv = toCsv(observations);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(observations.fields.map((f) => f.name));
    const withComma = data.observations.find((o) => o.quote.includes(','))!;
    expect(parsed.data.find((r) => r.id === withComma.id)!.quote).toBe(withComma.quote);
    expect(parsed.data.find((r) => r.id === withComma.id)!.url).toBe(`https://baocaomo.vn/bao-cao/${withComma.report}/#so-lieu-${withComma.id}`);
  });
  it('describes the tables as a Frictionless data package with keys that resolve', () => {
    const pkg = datapackage(tables);
    expect(pkg.resources.map((r) => r.path)).toEqual(tables.map((t) => t.path));
    const observations = pkg.resources.find((r) => r.name === 'observations')!;
    expect(observations.schema.primaryKey).toBe('id');
    const areas = pkg.resources.find((r) => r.name === 'areas')!;
    // A key into its own table names no resource, as the standard asks.
    expect(areas.schema.foreignKeys![0]!.reference.resource).toBe('');
  });
});
