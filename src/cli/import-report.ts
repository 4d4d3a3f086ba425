/**
 * Draft an MDX edition from a source text:
 *   node src/cli/import-report.ts data/sources/<file>.txt > content/reports/<slug>.mdx
 * then add the frontmatter, read the draft against the source and fix what the
 * warnings (printed to stderr) point at. `npm test` checks fidelity.
 */
import { readFileSync } from 'node:fs';
import { importReport } from '../lib/edition/import.ts';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node src/cli/import-report.ts <source.txt>');
  process.exit(2);
}
const { mdx, warnings } = importReport(readFileSync(file, 'utf8'));
for (const warning of warnings) console.error(`${file}: ${warning}`);
process.stdout.write(mdx);
