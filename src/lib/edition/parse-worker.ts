/** Worker of parseEditionFiles: parses the editions it is given and sends back their blocks and closings. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseEdition } from './parse.ts';

const files = (workerData as { files: string[] }).files;
parentPort!.postMessage(
  files.map((file) => {
    const { blocks, closing, problems } = parseEdition(readFileSync(file, 'utf8'));
    return [file, { blocks, closing, problems }];
  }),
);
