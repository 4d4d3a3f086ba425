import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaleProject } from './tests/bench/scale.ts';
const count = Number(process.argv[2] ?? 100);
const work = mkdtempSync(join(tmpdir(), `bcm-scale-probe-${count}-`));
console.log(work, scaleProject(process.cwd(), count, work));
