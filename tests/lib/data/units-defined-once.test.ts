/**
 * What a count noun counts, and whether it counts people, is written once: data/units.csv. A list of count nouns typed into
 * the code (a map of "đồng chí" to "đảng viên", a set of nouns for people) would be a second definition that a new row of the
 * table does not reach; this test finds any such list in src/ and names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { unitSchema } from '../../../src/lib/data/unit-list.ts';

const ROOT = join(import.meta.dirname, '../../..');
const nouns = new Set(
  parseCsv(readFileSync(join(ROOT, 'data/units.csv'), 'utf8'), 'data/units.csv', unitSchema).rows.flatMap((r) => [r.value.unit, r.value.counted_thing]),
);
// Drafting reads nouns in text no one has catalogued yet (src/lib/propose): its word lists say how Vietnamese prints a count,
// not what the catalogue's units count.
const READS_UNSEEN_TEXT = 'src/lib/propose/';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Array, Set and object literals in a file that name two or more count nouns of the table, with their line. */
export function nounLists(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const named = (node: ts.Node | undefined) => (node && (ts.isStringLiteral(node) || ts.isIdentifier(node)) && nouns.has(node.text) ? [node.text] : []);
  const visit = (node: ts.Node) => {
    let listed: string[] = [];
    if (ts.isArrayLiteralExpression(node)) listed = node.elements.flatMap((e) => (ts.isStringLiteral(e) ? named(e) : []));
    if (ts.isObjectLiteralExpression(node))
      listed = node.properties.flatMap((p) => [...named(p.name), ...(ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer) ? named(p.initializer) : [])]);
    if (new Set(listed).size >= 2) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${relative(ROOT, file)}:${line}: ${[...new Set(listed)].join(', ')}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('count nouns are defined once, in data/units.csv', () => {
  it('no list in src/ names two count nouns of the table', () => {
    const lists = sources(join(ROOT, 'src'))
      .filter((file) => !relative(ROOT, file).startsWith(READS_UNSEEN_TEXT))
      .flatMap((file) => nounLists(file, readFileSync(file, 'utf8')));
    expect(lists, 'đọc danh từ đếm từ data/units.csv (data/unit-list.ts: unitFacts), không chép danh sách vào mã').toEqual([]);
  });

  it('finds a list that would define them again: a map of nouns, a set of nouns for people', () => {
    const code = "const SAME = { 'đồng chí': 'đảng viên' };\nconst PEOPLE = new Set(['đảng viên', 'người', 'cán bộ']);\nconst one = ['lượt'];";
    expect(nounLists(join(ROOT, 'src/x.ts'), code)).toEqual(['src/x.ts:1: đồng chí, đảng viên', 'src/x.ts:2: đảng viên, người, cán bộ']);
  });
});
