// A build worker: builds the articles the main thread sends, one message per article, in its own thread.
import { parentPort, workerData } from 'node:worker_threads';
import { buildArticle, type ArticleJob, type ArticleOptions } from './article.js';

const options = workerData as ArticleOptions;
parentPort!.on('message', (job: ArticleJob) => {
  void buildArticle(job, options).then((outcome) => parentPort!.postMessage(outcome));
});
