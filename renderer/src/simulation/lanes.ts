/**
 * A main run on two threads: the simulation worker and a helper worker share the run's memory
 * (SharedArrayBuffer, so only where the page is cross-origin isolated) and each claims batches of
 * chunks until none are left, as `aftermath simulate --workers 2` does; the engine assembles the
 * run in chunk order, so the figures are the same, bit for bit, as on one thread.
 *
 * The two workers talk over their own MessageChannel. A gate in shared memory settles who does
 * what: the helper starts only if the worker has not finished all the batches first (it may still
 * be busy with an earlier run), and the worker waits for the helper only once it has started.
 * Batches a failed helper left undone are simulated by the worker at the end.
 */
import type { ModelPlan } from '../../../shared/model/plan';
import type { SimulationRun } from '../../../shared/engine/run';
import { RunMemory, finishRun, runLayout, unfinishedBatches, type BatchOverflow, type RunBuffers, type RunLayout } from '../../../shared/engine/runBuffers';
import type { PreparedRun } from '../../../shared/engine/runScenario';
import { Lane } from '../../../shared/engine/simulate';
import { LONG_RUN_TRIALS } from './runQueue';

/** gate[GATE_STATE]: OPEN until the helper starts (STARTED) or the worker finds it need not (CLOSED); gate[GATE_YEARS]: years simulated by both. */
const GATE_STATE = 0;
const GATE_YEARS = 1;
const OPEN = 0;
const STARTED = 1;
const CLOSED = 2;

export type LaneRequest = Readonly<{ type: 'lane'; id: number; scenario: unknown; layout: RunLayout; buffers: RunBuffers; gate: Int32Array }>;
export type LaneReply =
  | Readonly<{ type: 'lane-done'; id: number; overflows: BatchOverflow[] }>
  | Readonly<{ type: 'lane-skipped'; id: number }>
  | Readonly<{ type: 'lane-failed'; id: number; message: string }>;

/** The machine's cores as the page sees them (1 if it does not say), on the UI thread or in a worker. */
export function coreCount(): number {
  return navigator.hardwareConcurrency || 1;
}

/**
 * Whether a main run of `trials` years should take the helper on a machine with `cores` cores
 * (none on one core). On two cores a run that shows no progress bar (under LONG_RUN_TRIALS years;
 * the default 100,000 take about 0.1 s in the page) stays on one: two simulation threads would
 * leave the page's own thread no core while it draws the edit that started the run, and at
 * 100,000 years they finished no sooner than one (each thread's code is still warming up;
 * docs/performance.md, The app). Longer runs, and every run on more cores, use both workers.
 */
export function usesHelper(trials: number, cores: number): boolean {
  return cores > 2 || (cores === 2 && trials >= LONG_RUN_TRIALS);
}

/** A run's years, and how many threads simulated them: 2 if the helper took part, 1 if it skipped the run or failed. */
export type SharedRunResult = Readonly<{ run: SimulationRun; threads: 1 | 2 }>;

/** Whether this page can share memory between workers. */
export function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === 'function' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
}

/** The worker's side: simulates the prepared run with the helper at the other end of `helper`. */
export class SharedRun {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: LaneReply) => void>();
  /** Shared memory of the last run, for the next: the worker runs again after every edit. */
  private readonly memory = new RunMemory((bytes) => new SharedArrayBuffer(bytes));

  constructor(private readonly helper: MessagePort) {
    helper.addEventListener('message', (event: MessageEvent<LaneReply>) => {
      const resolve = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      resolve?.(event.data);
    });
    helper.start();
  }

  async simulate(scenario: unknown, prepared: PreparedRun, onProgress?: (done: number) => void): Promise<SharedRunResult> {
    const { plan, trials, seed } = prepared;
    const layout = runLayout(plan, trials, seed, 2, prepared.eventCategories === 'all');
    const buffers = this.memory.lend(layout);
    const gate = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const id = this.nextId;
    this.nextId += 1;
    const reply = new Promise<LaneReply>((resolve) => this.waiting.set(id, resolve));
    const request: LaneRequest = { type: 'lane', id, scenario, layout, buffers, gate };
    this.helper.postMessage(request);
    const overflows = new Lane(plan, layout, buffers).run((years) => onProgress?.((Atomics.add(gate, GATE_YEARS, years) + years) / trials));
    let threads: 1 | 2 = 1;
    if (Atomics.compareExchange(gate, GATE_STATE, OPEN, CLOSED) === OPEN) {
      // Every batch is done and the helper never started: it will skip this run when it gets to it.
      this.waiting.delete(id);
    } else {
      const answer = await reply;
      if (answer.type === 'lane-done') {
        overflows.push(...answer.overflows);
        threads = 2;
      }
    }
    simulateLeftovers(plan, layout, buffers, overflows);
    return { run: finishRun(layout, buffers, overflows), threads };
  }

  /**
   * Offers a run's memory to the next run, once its summaries are made. The helper is done with
   * it: the run waited for the helper's answer whenever the helper started on it.
   */
  reclaim(run: SimulationRun): void {
    this.memory.reclaim(run.annualLoss);
  }
}

/** Batches no thread finished (a helper that failed midway), simulated here, keeping every event's categories as the CLI does. */
function simulateLeftovers(plan: ModelPlan, layout: RunLayout, buffers: RunBuffers, overflows: BatchOverflow[]): void {
  const left = unfinishedBatches(layout, buffers);
  if (left.length === 0) return;
  const lane = new Lane(plan, { ...layout, allCategories: true }, buffers);
  for (const batch of left) {
    const overflow = lane.runBatch(batch);
    if (overflow) overflows.push(overflow);
  }
}

/** The helper's side: answers each lane request on `port`, building the plan with `planOf` (which validates the scenario). */
export function serveLanes(port: MessagePort, planOf: (scenario: unknown) => ModelPlan): void {
  port.addEventListener('message', (event: MessageEvent<LaneRequest>) => {
    const request = event.data;
    if (Atomics.compareExchange(request.gate, GATE_STATE, OPEN, STARTED) !== OPEN) {
      port.postMessage({ type: 'lane-skipped', id: request.id } satisfies LaneReply);
      return;
    }
    try {
      const overflows = new Lane(planOf(request.scenario), request.layout, request.buffers).run((years) => Atomics.add(request.gate, GATE_YEARS, years));
      // Overflows are this thread's own arrays: hand them over rather than copy them.
      const transfer = overflows.flatMap((o) => [o.eventLoss, o.eventTrial, o.eventThreat, o.tailTrial, o.tailCategoryLoss].map((array) => array.buffer));
      port.postMessage({ type: 'lane-done', id: request.id, overflows } satisfies LaneReply, transfer.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer));
    } catch (error) {
      port.postMessage({ type: 'lane-failed', id: request.id, message: error instanceof Error ? error.message : String(error) } satisfies LaneReply);
    }
  });
  port.start();
}
