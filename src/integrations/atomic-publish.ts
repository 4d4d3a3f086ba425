/**
 * `astro build` writes into a staging folder and replaces dist/ only when
 * every step succeeded (lib/hosting/publish.ts). Two integrations: `stage`
 * goes first (it moves the output folder before anything can write to it,
 * and is registered before data validation so a refused build also says that
 * dist/ is unchanged); `swap` goes last, so its build:done hook runs after
 * every other step's (search index, headers). The order is checked.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
// Only the command line: this integration also publishes sites without this project's data (its own test builds one).
import { shardDir, shardOfArgs } from '../lib/build/shard.ts';
import {
  discardStaging,
  keptMessage,
  publishPaths,
  publishStaging,
  recoverInterrupted,
  type PublishPaths,
} from '../lib/hosting/publish.ts';

const STAGE = 'bao-cao-mo:publish-stage';
const SWAP = 'bao-cao-mo:publish-swap';
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export function atomicPublish(): { stage: AstroIntegration; swap: AstroIntegration } {
  let paths: PublishPaths | undefined;
  let published = false;
  let stoppedBy: string | undefined;
  const stage: AstroIntegration = {
    name: STAGE,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        // A shard (`--shard i/n`) publishes into shards/i-of-n/ the same way.
        const shard = shardOfArgs();
        const out = shard ? join(fileURLToPath(config.root), shardDir(shard)) : fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        const current = publishPaths(out);
        paths = current;
        for (const found of recoverInterrupted(current)) logger.warn(`Lần xây dựng trước bị dừng giữa chừng: ${found}.`);
        updateConfig({ outDir: pathToFileURL(`${current.staging}/`) });
        process.on('exit', () => {
          if (published) return;
          discardStaging(current);
          console.error(keptMessage(current, stoppedBy ? `Xây dựng bị dừng (${stoppedBy})` : 'Xây dựng không thành công'));
        });
        for (const [signal, code] of Object.entries(SIGNALS)) {
          process.once(signal, () => {
            stoppedBy = signal;
            process.exit(code);
          });
        }
      },
    },
  };
  const swap: AstroIntegration = {
    name: SWAP,
    hooks: {
      'astro:config:done': ({ config }) => {
        const names = config.integrations.map((i) => i.name);
        if (names[0] !== STAGE || names.at(-1) !== SWAP) {
          throw new Error(
            `astro.config.mjs: atomicPublish().stage phải là tích hợp đầu tiên và .swap là cuối cùng (hiện là: ${names.join(', ')}). Sửa: đặt các tích hợp khác vào giữa hai tích hợp này.`,
          );
        }
      },
      'astro:build:done': ({ logger }) => {
        if (!paths) return;
        const entries = publishStaging(paths);
        published = true;
        logger.info(`Đã thay ${paths.out} bằng bản mới (${entries} mục ở thư mục gốc).`);
      },
    },
  };
  return { stage, swap };
}
