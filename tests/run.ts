/**
 * npm test: every check, side by side where they do not depend on each other.
 *
 *   1. build the site ‖ ESLint ‖ Prettier ‖ unit tests (lib, content, data)
 *   2. type-check (astro check: .astro and .ts) ‖ site tests on dist/
 *      (every page in Node, one page per template in Chromium, bad-data build)
 *
 * Each command's output is shown when it ends, with its time; the summary
 * at the end says which stage failed. BCM_EXHAUSTIVE=1 (npm run
 * test:exhaustive) opens every page in Chromium instead of one per template.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { chromiumPath } from './support/browser.ts';

interface Step {
  name: string;
  command: string[];
}
interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
}

const bin = (name: string) => `node_modules/.bin/${name}`;

function run(step: Step, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(step.command[0]!, step.command.slice(1), {
      env: { ...process.env, ...env, FORCE_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      process.stdout.write(
        `\n━━ ${step.name} (${step.command.join(' ')}): ${ok ? 'ok' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s\n`,
      );
      process.stdout.write(Buffer.concat(output));
      done({ name: step.name, ok, seconds });
    });
  });
}

const outcomes: Outcome[] = [];
const stage = async (steps: Step[], env: NodeJS.ProcessEnv = {}) => {
  const results = await Promise.all(steps.map((step) => run(step, env)));
  outcomes.push(...results);
  return results.every((r) => r.ok);
};

const started = performance.now();
await stage([
  { name: 'build', command: [bin('astro'), 'build', '--silent'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'format', command: [bin('prettier'), '--check', '.'] },
  { name: 'unit', command: [bin('vitest'), 'run', '--project', 'unit'] },
]);
if (outcomes.find((o) => o.name === 'build')?.ok) {
  // Resolve (and, from the npm package, unpack) Chromium once, before test workers race to do it.
  await stage(
    [
      { name: 'types', command: [bin('astro'), 'check', '--minimumSeverity', 'warning'] },
      { name: 'site', command: [bin('vitest'), 'run', '--project', 'site'] },
    ],
    { CHROMIUM_PATH: await chromiumPath() },
  );
} else {
  process.stdout.write('\nThe build failed: site tests and type-check skipped.\n');
}

const total = (performance.now() - started) / 1000;
process.stdout.write(
  `\n━━ npm test: ${total.toFixed(1)} s\n${outcomes.map((o) => `  ${o.ok ? '✓' : '✗'} ${o.name.padEnd(7)} ${o.seconds.toFixed(1).padStart(6)} s`).join('\n')}\n`,
);
process.exitCode = outcomes.every((o) => o.ok) && outcomes.some((o) => o.name === 'site') ? 0 : 1;
