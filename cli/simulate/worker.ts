/**
 * A simulate worker thread (built as out/cli/simulateWorker.js): waits for one run, builds the
 * plan from the scenario the main thread validated, claims batches of the run until none are
 * left, writing into the shared memory it was given, then answers with the batches it could not
 * place (if any) and ends. It imports only the engine (engine.js), not the scenario schema, so it
 * is ready soon after it starts.
 */
import { parentPort } from 'node:worker_threads';
import { buildPlan } from '../../shared/model/plan';
import { Lane } from '../../shared/engine/simulate';
import type { LaneData, LaneReply } from './protocol';

function work(data: LaneData): LaneReply {
  try {
    const overflows = new Lane(buildPlan(data.scenario), data.layout, data.buffers).run();
    return { type: 'done', overflows };
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

const port = parentPort;
if (!port) throw new Error('the simulate worker runs only as a worker thread');
port.once('message', (data: LaneData) => {
  const reply = work(data);
  // Batches handed back are this thread's own arrays: hand them over rather than copy them.
  const arrays = reply.type === 'done' ? reply.overflows.flatMap((o) => [o.eventLoss, o.eventTrial, o.eventThreat, o.tailTrial, o.tailCategoryLoss]) : [];
  port.postMessage(
    reply,
    arrays.map((array) => array.buffer).filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer),
  );
  port.close();
});
