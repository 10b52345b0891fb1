/**
 * Batch mode (`analyze DIR-or-files… --jsonl`): one JSON line per page on stdout,
 * worker threads across all cores, a progress bar on a terminal, unreadable files
 * skipped and reported on stderr, and a final tally.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchJob, BatchResult } from './batch-worker';
import { collectFiles } from './collect-files';
import { Progress } from './progress';
import type { CompiledLexicon } from '../utils/core/lexicon/compiled-lexicon';

/** What a batch run did, for the tally and for benchmarks. */
export interface BatchTally {
  analysed: number;
  skipped: number;
  seconds: number;
  workers: number;
}

/** Runs the batch and resolves with its tally (the tally is also printed on stderr). */
export async function runBatch(
  args: readonly string[],
  lexicon: CompiledLexicon,
  options: { jobs?: number; out?: NodeJS.WritableStream; err?: NodeJS.WriteStream } = {},
): Promise<BatchTally> {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const { files, missing } = collectFiles(args);
  for (const m of missing) err.write(`framelens: skipped ${m.path}: ${m.error}\n`);
  const workerCount = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length || 1));
  const progress = new Progress(files.length, err);
  const started = Date.now();
  let next = 0;
  let done = 0;
  let analysed = 0;
  let skipped = missing.length;
  await new Promise<void>((resolve, reject) => {
    if (files.length === 0) return resolve();
    const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./batch-worker.mjs', import.meta.url), { workerData: lexicon }));
    const feed = (worker: Worker): void => {
      const file = files[next];
      if (file === undefined) return;
      const job: BatchJob = { id: next++, file };
      worker.postMessage(job);
    };
    for (const worker of workers) {
      worker.on('message', (result: BatchResult) => {
        done++;
        if (result.ok) {
          analysed++;
          out.write(`${result.line}\n`);
        } else {
          skipped++;
          progress.finish();
          err.write(`framelens: skipped ${result.file}: ${result.error}\n`);
        }
        progress.update(done);
        if (done === files.length) {
          void Promise.all(workers.map((w) => w.terminate())).then(() => resolve());
        } else feed(worker);
      });
      worker.on('error', (error) => reject(new Error(`a batch worker failed: ${error.message}`)));
      feed(worker);
    }
  });
  progress.finish();
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? (analysed / seconds).toFixed(1) : '–';
  err.write(`framelens: ${analysed} analysed, ${skipped} skipped in ${seconds.toFixed(1)} s (${rate} pages/s, ${workerCount} worker${workerCount === 1 ? '' : 's'})\n`);
  return { analysed, skipped, seconds, workers: workerCount };
}
