/**
 * The quote worker thread (built as out/cli/quoteWorker.js): takes one organisation at a time,
 * validates its scenario, simulates it with the shared engine and replies with its quote. Any
 * error on a job is that job's failure; the thread goes on with the next.
 */
import { parentPort } from 'node:worker_threads';
import { runScenario } from '../../shared/engine/runScenario';
import { quoteFromResult } from '../../shared/portfolio/quote';
import { errorToText } from '../../shared/scenario/issues';
import { parseScenario } from '../../shared/scenario/parse';
import type { QuoteJob, WorkerReply } from './protocol';

function reply(job: QuoteJob): WorkerReply {
  try {
    const parsed = parseScenario(job.scenario);
    if (!parsed.ok) return { type: 'failed', index: job.index, message: parsed.errors.map(errorToText).join('; ') };
    const options = { ...(job.trials !== undefined ? { trials: job.trials } : {}), ...(job.seed !== undefined ? { seed: job.seed } : {}) };
    return { type: 'quoted', index: job.index, quote: quoteFromResult(runScenario(parsed.scenario, options)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { type: 'failed', index: job.index, message: error instanceof RangeError ? `not enough memory for this run (${message}); simulate fewer years` : message };
  }
}

const port = parentPort;
if (!port) throw new Error('the quote worker runs only as a worker thread');
port.on('message', (job: QuoteJob) => port.postMessage(reply(job)));
port.postMessage({ type: 'ready' } satisfies WorkerReply);
