/** Every built page through the Nu Html Checker (vnu.jar), in one Java process. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFile, listPages } from '../support/dist.ts';

const require = createRequire(import.meta.url);
beforeAll(assertBuilt);

describe('HTML validity (Nu Html Checker)', () => {
  it('finds no error on any page', () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error) {
      throw new Error(
        'The Nu Html Checker (vnu.jar) runs on Java, and this machine has none: install a Java runtime (Debian: apt-get install -y default-jre-headless) and run npm test again.',
      );
    }
    const files = listPages().map(distFile);
    const result = spawnSync(
      'java',
      ['-Xss8m', '-jar', require.resolve('vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'json', ...files],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const messages = (
      JSON.parse(result.stderr || '{"messages":[]}') as { messages: { url: string; lastLine: number; message: string; extract?: string }[] }
    ).messages;
    expect(messages.map((m) => `${m.url.replace(`file:${DIST}`, '')}:${m.lastLine} ${m.message} [${m.extract ?? ''}]`)).toEqual([]);
  }, 300_000);
});
