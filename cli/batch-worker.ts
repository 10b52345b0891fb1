/**
 * One batch worker: receives file paths, replies with one JSON line per page or the
 * reason the file was skipped. The compiled lexicon arrives once, in workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeInput } from './analyze-input';
import { CliError } from './cli-error';
import { readInputFile } from './read-input';
import { CompiledLexicon } from '../utils/core/lexicon/compiled-lexicon';

/** Main thread → worker. */
export interface BatchJob {
  id: number;
  file: string;
}

/** Worker → main thread. */
export type BatchResult = { id: number; file: string; ok: true; line: string } | { id: number; file: string; ok: false; error: string };

const lexicon = CompiledLexicon.parse(workerData);

parentPort?.on('message', (job: BatchJob) => {
  let result: BatchResult;
  try {
    const analysis = analyzeInput(readInputFile(job.file), lexicon);
    result = { id: job.id, file: job.file, ok: true, line: JSON.stringify({ file: job.file, ok: true, analysis }) };
  } catch (error) {
    const message = error instanceof CliError ? error.message : `analysis failed: ${(error as Error).message}`;
    result = { id: job.id, file: job.file, ok: false, error: message };
  }
  parentPort?.postMessage(result);
});
