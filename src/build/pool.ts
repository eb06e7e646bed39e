// Runs build jobs on worker threads, a few in flight per worker so none waits on the main thread.
import { Worker } from 'node:worker_threads';
import { ParleyError } from '../errors.js';
import { buildArticle, type ArticleJob, type ArticleOptions, type ArticleOutcome } from './article.js';

/** The compiled worker; tests that run the TypeScript sources use the compiled one in dist/. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/build/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
}

const IN_FLIGHT = 4;

/** Below this many articles a build runs in this thread: starting a worker costs more than it saves. */
const FEW = 24;

/**
 * Builds every job on `workers` threads, calling `onOutcome` as each finishes (in completion order). With
 * one job, a few articles are built in this thread, and many in one worker, whose young generation is sized
 * for annotating (fewer garbage collections).
 */
export async function runJobs(jobs: readonly ArticleJob[], options: ArticleOptions, workers: number, onOutcome: (o: ArticleOutcome) => void): Promise<void> {
  if (jobs.length <= 1 || (workers <= 1 && jobs.length < FEW)) {
    for (const job of jobs) onOutcome(await buildArticle(job, options));
    return;
  }
  // A larger young generation: annotating allocates many short-lived objects, and fewer scavenges pay off.
  const threads = Array.from({ length: Math.min(workers, jobs.length) }, () => new Worker(workerUrl(), { workerData: { ...options, syncIo: true }, resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker): void => {
        if (next < jobs.length) worker.postMessage(jobs[next++]);
      };
      for (const worker of threads) {
        worker.on('message', (outcome: ArticleOutcome) => {
          try { onOutcome(outcome); } catch (error) { reject(error as Error); return; }
          if (++done === jobs.length) resolve();
          else feed(worker);
        });
        worker.on('error', (error) => reject(new ParleyError('worker-failed', `a build worker stopped (${error.message}); try --jobs 1`)));
        worker.on('exit', (code) => { if (done < jobs.length && code !== 0) reject(new ParleyError('worker-failed', `a build worker exited with code ${code}; try --jobs 1`)); });
        for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
      }
    });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
