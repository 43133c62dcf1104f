/**
 * A simulate worker thread (built as out/cli/simulateWorker.js): waits for one run, builds the
 * plan from the scenario the main thread validated, claims batches of the run until none are
 * left, writing into the shared memory it was given, then answers with the batches it could not
 * place (if any). It may then be asked for the run's insurance summary, made here while the main
 * thread summarises the gross losses; the main thread ends it when done. It imports only the
 * engine and the insurance summary (engine.js), not the scenario schema, so it is ready soon
 * after it starts.
 */
import { parentPort } from 'node:worker_threads';
import { buildPlan, type ModelPlan } from '../../shared/model/plan';
import { Lane } from '../../shared/engine/simulate';
import { summariseInsuranceFrom } from '../../shared/insurance/summary';
import type { InsuranceReply, InsuranceRequest, LaneData, LaneReply } from './protocol';

const failure = (error: unknown) => ({ type: 'failed', message: error instanceof Error ? error.message : String(error) }) as const;

function work(data: LaneData, plan: ModelPlan): LaneReply {
  try {
    return { type: 'done', overflows: new Lane(plan, data.layout, data.buffers).run() };
  } catch (error) {
    return failure(error);
  }
}

function summariseInsurance(plan: ModelPlan, request: InsuranceRequest): InsuranceReply {
  try {
    if (!plan.insurance) throw new Error('the scenario has no insurance programme');
    const run = { towerLoss: request.towerLoss, withheldTotals: request.withheldTotals };
    return { type: 'insurance', summary: summariseInsuranceFrom(plan.insurance, run, request.annualLoss, request.curveLosses, request.gross) };
  } catch (error) {
    return failure(error);
  }
}

const port = parentPort;
if (!port) throw new Error('the simulate worker runs only as a worker thread');
port.once('message', (data: LaneData) => {
  let plan: ModelPlan;
  try {
    plan = buildPlan(data.scenario);
  } catch (error) {
    port.postMessage(failure(error) satisfies LaneReply);
    port.close();
    return;
  }
  const reply = work(data, plan);
  // Batches handed back are this thread's own arrays: hand them over rather than copy them.
  const arrays = reply.type === 'done' ? reply.overflows.flatMap((o) => [o.eventLoss, o.eventTrial, o.eventThreat, o.tailTrial, o.tailCategoryLoss]) : [];
  port.postMessage(
    reply,
    arrays.map((array) => array.buffer).filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer),
  );
  if (reply.type !== 'done') {
    port.close();
    return;
  }
  port.once('message', (request: InsuranceRequest) => {
    port.postMessage(summariseInsurance(plan, request));
    port.close();
  });
});
