/**
 * The base run's draws, kept and replayed. The engine draws each input a block at a time, one
 * block per chunk of years and threat, from a stream keyed by (seed, chunk, threat, input), so a
 * block is fixed by its key and its length: a later run that asks for the same block gets the
 * same numbers, and copying them is exact. The tornado's runs replay every input except the one
 * fixed, so most of their time is no longer spent drawing.
 *
 * Which block is asked for: a sampler does not see its stream's key, so every threat's frequency
 * is wrapped in a marker. The engine draws a threat's rates once per chunk and threat, chunk after
 * chunk, before that threat's other draws in the chunk; the marker notes the threat and counts
 * its chunks, and every draw until the next marker belongs to that block. A recorded block is
 * replayed only in its own place and at its own length: a frequency fixed at its low or high
 * changes its threat's incident counts, and those blocks are drawn afresh. If the engine ever
 * drew in another order (a rate block of an unexpected size, a block drawn twice in the base
 * run), the cache says so and the tornado runs the plain way.
 */
import type { Sampler } from '../distributions/sampler';
import type { ModelPlan } from '../model/plan';
import { CHUNK_TRIALS } from '../engine/streams';
import type { PlanInput } from './inputs';
import type { RecordingPlan } from './correlation';

/** Where the engine is drawing: set by the frequency markers. */
type Cursor = { threat: number; chunk: number };

/** One input's draws in the base run, in the order drawn, and where each block of them is. */
class InputDraws {
  private values: Float64Array;
  private length = 0;
  /** Per (chunk, threat): where its block starts in `values` (-1: none) and how long it is. */
  readonly start: Int32Array;
  readonly count: Int32Array;

  /** `expected`: about how many draws the base run will make, so the store rarely grows (fresh memory is dear). */
  constructor(blocks: number, expected: number) {
    this.values = new Float64Array(Math.max(1024, Math.ceil(expected * 1.1 + 10 * Math.sqrt(expected))));
    this.start = new Int32Array(blocks).fill(-1);
    this.count = new Int32Array(blocks);
  }

  add(source: ArrayLike<number>, count: number): void {
    if (this.length + count > this.values.length) {
      const grown = new Float64Array(Math.max(this.length + count, this.values.length * 2));
      grown.set(this.values.subarray(0, this.length));
      this.values = grown;
    }
    if (source instanceof Float64Array) this.values.set(source.subarray(0, count), this.length);
    else for (let i = 0; i < count; i += 1) this.values[this.length + i] = source[i] ?? 0;
    this.length += count;
  }

  /** Records a block; false if that block was already recorded. */
  addBlock(block: number, source: Float64Array, count: number): boolean {
    if (block < 0 || block >= this.start.length || (this.start[block] ?? -1) >= 0) {
      this.add(source, count);
      return false;
    }
    this.start[block] = this.length;
    this.count[block] = count;
    this.add(source, count);
    return true;
  }

  /** Copies the block into `out` if it was recorded with this length. */
  replay(block: number, out: Float64Array, count: number): boolean {
    const start = this.start[block] ?? -1;
    if (start < 0 || this.count[block] !== count) return false;
    out.set(this.values.subarray(start, start + count));
    return true;
  }

  draws(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}

export class DrawCache {
  private readonly cursor: Cursor = { threat: -1, chunk: -1 };
  private readonly recorded: InputDraws[];
  private readonly replayers: Sampler[];
  private readonly threatCount: number;
  private readonly chunks: number;
  private broken = false;

  constructor(
    private readonly plan: ModelPlan,
    private readonly inputs: readonly PlanInput[],
    private readonly trials: number,
  ) {
    this.threatCount = plan.threats.length;
    this.chunks = Math.ceil(trials / CHUNK_TRIALS);
    const perYear = (t: number): number => {
      const threat = plan.threats[t];
      return threat ? (threat.exactEvents ?? threat.frequency.mean) : 0;
    };
    const expected = (input: PlanInput): number => (input.scope === 'year' ? trials : trials * input.threats.reduce((sum, t) => sum + perYear(t), 0));
    this.recorded = inputs.map((input) => new InputDraws(this.chunks * this.threatCount, expected(input)));
    this.replayers = inputs.map((input, i) => this.replayer(input.sampler, this.recorded[i] as InputDraws));
  }

  /** False once the engine was seen drawing out of the order this cache relies on. */
  consistent(): boolean {
    return !this.broken;
  }

  private block(): number {
    const { threat, chunk } = this.cursor;
    return threat < 0 || chunk < 0 || chunk >= this.chunks ? -1 : chunk * this.threatCount + threat;
  }

  /** The base plan with every input recording its draws (it simulates exactly as the plan does), and the draws recorded. */
  recording(): RecordingPlan {
    const recording = this.inputs.reduce((current, input, i) => input.replace(current, this.recorder(input.sampler, this.recorded[i] as InputDraws)), this.plan);
    return { plan: this.marked(recording), draws: () => this.recorded.map((draws) => draws.draws()) };
  }

  /** `variant` (the plan with `fixed` replaced, same shape) with every other input replaying the base run's draws. */
  replaying(variant: ModelPlan, fixed: PlanInput): ModelPlan {
    return this.inputs.reduce((current, input, i) => (input === fixed ? current : input.replace(current, this.replayers[i] as Sampler)), variant);
  }

  /** The plan with every threat's frequency marking where the engine draws. Fresh markers each call: use the plan for one run. */
  marked(plan: ModelPlan): ModelPlan {
    return { ...plan, threats: plan.threats.map((threat, t) => ({ ...threat, frequency: this.marker(threat.frequency, t) })) };
  }

  private marker(sampler: Sampler, threat: number): Sampler {
    let chunk = 0;
    const note = (count: number): void => {
      if (count !== Math.min(CHUNK_TRIALS, this.trials - chunk * CHUNK_TRIALS)) this.broken = true;
      this.cursor.threat = threat;
      this.cursor.chunk = chunk;
      chunk += 1;
    };
    return {
      ...sampler,
      sample: (rng, out, count) => {
        note(count);
        sampler.sample(rng, out, count);
      },
      draw: (rng) => {
        this.broken = true;
        return sampler.draw(rng);
      },
    };
  }

  private recorder(sampler: Sampler, recording: InputDraws): Sampler {
    return {
      ...sampler,
      sample: (rng, out, count) => {
        sampler.sample(rng, out, count);
        if (!recording.addBlock(this.block(), out, count)) this.broken = true;
      },
      draw: (rng) => {
        const value = sampler.draw(rng);
        recording.add([value], 1);
        return value;
      },
    };
  }

  private replayer(sampler: Sampler, recording: InputDraws): Sampler {
    return {
      ...sampler,
      sample: (rng, out, count) => {
        const block = this.block();
        if (block < 0 || !recording.replay(block, out, count)) sampler.sample(rng, out, count);
      },
      draw: (rng) => sampler.draw(rng),
    };
  }
}
