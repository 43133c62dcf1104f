/**
 * A simulate worker thread (built as out/cli/simulateWorker.js): waits for one run, builds the
 * plan from the scenario the main thread validated, claims batches of the run until none are
 * left, writing into the shared memory it was given, then answers with the batches it could not
 * place (if any). It may then be asked for the run's insurance summary: it reads the years at once,
 * while the main thread sorts the gross losses, and completes the summary when sent their curve;
 * the main thread ends it when done. It imports only the engine and the insurance summary
 * (engine.js), not the scenario schema, so it is ready soon after it starts.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { buildPlan, type ModelPlan } from '../../shared/model/plan';
import { Lane } from '../../shared/engine/simulate';
import { completeInsurance, insuranceYears, type InsuranceYears } from '../../shared/insurance/summary';
import { ChunkClock } from './chunkClock';
import type { InsuranceCurveRequest, InsuranceReply, InsuranceYearsRequest, LaneData, LaneReply } from './protocol';

const failure = (error: unknown) => ({ type: 'failed', message: error instanceof Error ? error.message : String(error) }) as const;

function work(data: LaneData, plan: ModelPlan): LaneReply {
  try {
    const clock = data.timeChunks === true ? new ChunkClock() : null;
    const overflows = new Lane(plan, data.layout, data.buffers).run(clock?.tick);
    return clock ? { type: 'done', overflows, chunkMs: clock.chunkMs } : { type: 'done', overflows };
  } catch (error) {
    return failure(error);
  }
}

/** The insurance summary: its first part from the years now, the rest once the curve arrives. */
function summariseInsurance(port: MessagePort, plan: ModelPlan, request: InsuranceYearsRequest): void {
  const insurance = plan.insurance;
  const run = { towerLoss: request.towerLoss, withheldTotals: request.withheldTotals };
  let years: InsuranceYears;
  try {
    if (!insurance) throw new Error('the scenario has no insurance programme');
    years = insuranceYears(insurance, run, request.annualLoss);
  } catch (error) {
    port.postMessage(failure(error) satisfies InsuranceReply);
    port.close();
    return;
  }
  port.once('message', (curve: InsuranceCurveRequest) => {
    let reply: InsuranceReply;
    try {
      reply = { type: 'insurance', summary: completeInsurance(insurance, run, years, curve.curveLosses, curve.gross) };
    } catch (error) {
      reply = failure(error);
    }
    port.postMessage(reply);
    port.close();
  });
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
  port.once('message', (request: InsuranceYearsRequest) => summariseInsurance(port, plan, request));
});
