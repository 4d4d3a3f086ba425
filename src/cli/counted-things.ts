/**
 * How many rows of data/observations.csv print a count noun whose thing differs from their indicator's unit:
 *   npm run counted-things            (BCM_DATA_DIR=<dir> for another copy of the tables)
 * Each is either a stated conversion (counted_thing, with its reason in note) or a row the build refuses;
 * the refused ones are listed as the build names them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../lib/data/csv.ts';
import { DATA_DIR } from '../lib/data/files.ts';
import { indicatorSchema } from '../lib/data/indicators.ts';
import { observationSchema, toObservation } from '../lib/data/observations.ts';
import { countedThingChecker, unitFacts, unitSchema } from '../lib/data/unit-list.ts';
import { unitScale } from '../lib/numbers/units.ts';

const table = <S extends Parameters<typeof parseCsv>[2]>(name: string, schema: S) =>
  parseCsv(readFileSync(join(DATA_DIR, name), 'utf8'), `data/${name}`, schema).rows;
const units = table('units.csv', unitSchema).map((r) => r.value);
const indicators = new Map(table('indicators.csv', indicatorSchema).map((r) => [r.value.id, r.value]));
const thingOf = unitFacts(units).thing;
const check = countedThingChecker(units);

let differ = 0;
let stated = 0;
const refused: string[] = [];
for (const { line, value } of table('observations.csv', observationSchema)) {
  const o = toObservation(value);
  const indicator = indicators.get(o.indicator);
  if (!indicator || unitScale(o.unit) || unitScale(indicator.unit) || thingOf(o.unit) === thingOf(indicator.unit)) continue;
  differ++;
  const problem = check(o, indicator);
  if (problem) refused.push(`  dòng ${line} (${o.id}), cột "${problem.column}": ${problem.message}`);
  else stated++;
}
console.log(`Chỉ tiêu: ${indicators.size}`);
console.log(`Dòng có danh từ in đếm thứ khác đơn vị chỉ tiêu: ${differ} (có quy đổi ghi rõ: ${stated}; bị từ chối: ${refused.length})`);
if (refused.length) console.log(refused.join('\n'));
