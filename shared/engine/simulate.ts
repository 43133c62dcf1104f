/**
 * The Monte Carlo engine. For each simulated year and each threat: draw the year's rate from
 * the frequency distribution, draw the number of events K ~ Poisson(rate), and for each event
 * draw every cost driver and add the event's cost lines to the year. Trials run in chunks;
 * every (chunk, threat, input) has its own seeded stream, so the numbers depend only on the
 * seed and the scenario, not on how the work is split. Inputs are drawn a whole column at a
 * time into reused typed arrays: no allocation per trial or per event.
 */
import { Rng } from '../random/rng';
import { samplePoisson } from '../random/poisson';
import type { Sampler } from '../distributions/sampler';
import type { ModelPlan, ThreatPlan } from '../model/plan';
import { RECORD_TYPES } from '../model/vocabulary';
import { CATEGORY_COUNT, IMPACT_COUNT, LINE_COUNT, eventCost, newEventDraws, type EventDraws } from './eventCost';
import { CHUNK_TRIALS, STREAM } from './streams';
import type { SimulationRun } from './run';
import { InsuranceLedger } from '../insurance/ledger';
import { ChunkEffects, SCALAR_INDEX } from '../controls/effects';
import { THREAT_KINDS } from '../model/vocabulary';

export type SimulateOptions = Readonly<{
  trials: number;
  seed: number;
  /** Called after each chunk with the share of trials done (0..1). */
  onProgress?: (done: number) => void;
  /** Asked after each chunk; true stops the run with SimulationCancelled. */
  shouldCancel?: () => boolean;
}>;

export class SimulationCancelled extends Error {
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'SimulationCancelled';
  }
}

/** A growable column of per-event draws. */
class Column {
  values = new Float64Array(1024);
  ensure(count: number): Float64Array {
    if (this.values.length < count) this.values = new Float64Array(Math.max(count, this.values.length * 2));
    return this.values;
  }
}

class Columns {
  private readonly byStream = new Map<number, Column>();
  get(stream: number, count: number): Float64Array {
    let column = this.byStream.get(stream);
    if (!column) {
      column = new Column();
      this.byStream.set(stream, column);
    }
    return column.ensure(count);
  }
}

/** Per-event columns for one threat in one chunk, drawn from their own streams. */
type ThreatColumns = Readonly<{
  shares: (Float64Array | null)[];
  outageDays: Float64Array | null;
  operationsLost: Float64Array | null;
  rampUpDays: Float64Array | null;
  extraCostPerDay: Float64Array | null;
  investigation: Float64Array | null;
  itRecovery: Float64Array | null;
  ransomDemand: Float64Array | null;
  ransomPaymentProbability: Float64Array | null;
  ransomPaymentUniform: Float64Array | null;
  notificationCostPerPerson: Float64Array;
  regulatorNotificationCost: Float64Array;
  monitoringUptake: Float64Array;
  monitoringCostPerPerson: Float64Array;
  lawsuitProbability: Float64Array;
  lawsuitUniform: Float64Array;
  legalDefenceCost: Float64Array;
  settlementPerPerson: Float64Array;
  cardAssessmentPerCard: Float64Array;
  fineProbability: Float64Array | null;
  fineUniform: Float64Array | null;
  fineAmount: Float64Array | null;
  abnormalChurn: Float64Array | null;
  lifetimeValue: Float64Array | null;
  custom: Float64Array[];
}>;

/** Growable per-event columns: year, threat, total and cost per category. */
class EventStore {
  private count = 0;
  private trial: Int32Array;
  private threat: Uint8Array;
  private total: Float64Array;
  private categories: Float64Array;

  constructor(capacity: number) {
    this.trial = new Int32Array(capacity);
    this.threat = new Uint8Array(capacity);
    this.total = new Float64Array(capacity);
    this.categories = new Float64Array(capacity * CATEGORY_COUNT);
  }

  reserve(extra: number): void {
    const needed = this.count + extra;
    if (needed <= this.total.length) return;
    const capacity = Math.max(needed, this.total.length * 2);
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(old: T, make: (n: number) => T, width: number): T => {
      const next = make(capacity * width);
      next.set(old.subarray(0, this.count * width) as never);
      return next;
    };
    this.trial = grow(this.trial, (n) => new Int32Array(n), 1);
    this.threat = grow(this.threat, (n) => new Uint8Array(n), 1);
    this.total = grow(this.total, (n) => new Float64Array(n), 1);
    this.categories = grow(this.categories, (n) => new Float64Array(n), CATEGORY_COUNT);
  }

  push(trial: number, threat: number, total: number, categories: Float64Array): void {
    const e = this.count;
    this.trial[e] = trial;
    this.threat[e] = threat;
    this.total[e] = total;
    const base = e * CATEGORY_COUNT;
    for (let c = 0; c < CATEGORY_COUNT; c += 1) this.categories[base + c] = categories[c] ?? 0;
    this.count = e + 1;
  }

  finish(): Pick<SimulationRun, 'eventLoss' | 'eventTrial' | 'eventThreat' | 'eventCategoryLoss'> {
    const n = this.count;
    return {
      eventLoss: this.total.subarray(0, n),
      eventTrial: this.trial.subarray(0, n),
      eventThreat: this.threat.subarray(0, n),
      eventCategoryLoss: this.categories.subarray(0, n * CATEGORY_COUNT),
    };
  }
}

class Engine {
  private readonly columns = new Columns();
  private readonly rates = new Float64Array(CHUNK_TRIALS);
  private readonly counts = new Int32Array(CHUNK_TRIALS);
  private eventTrial = new Int32Array(1024);
  private readonly draws: EventDraws;
  private readonly lines = new Float64Array(LINE_COUNT);
  private readonly categories = new Float64Array(CATEGORY_COUNT);
  private readonly impact = new Float64Array(IMPACT_COUNT);
  private readonly customByCategory = new Float64Array(CATEGORY_COUNT);
  private lastPayUniform = 1;
  private lastPayProbability = 0;

  constructor(
    private readonly plan: ModelPlan,
    private readonly seed: number,
  ) {
    const maxCustom = Math.max(0, ...plan.threats.map((threat) => threat.customLosses.length));
    this.draws = newEventDraws(maxCustom);
  }

  private column(sampler: Sampler, chunk: number, threat: number, stream: number, count: number): Float64Array {
    const out = this.columns.get(stream, count);
    sampler.sample(new Rng(this.seed, chunk, threat, stream), out, count);
    return out;
  }

  private optionalColumn(sampler: Sampler | null | undefined, chunk: number, threat: number, stream: number, count: number): Float64Array | null {
    return sampler ? this.column(sampler, chunk, threat, stream, count) : null;
  }

  private uniforms(chunk: number, threat: number, stream: number, count: number): Float64Array {
    const out = this.columns.get(stream, count);
    const rng = new Rng(this.seed, chunk, threat, stream);
    for (let i = 0; i < count; i += 1) out[i] = rng.nextDouble();
    return out;
  }

  private drawColumns(threat: ThreatPlan, t: number, chunk: number, count: number): ThreatColumns {
    const plan = this.plan;
    const response = plan.response;
    const exposes = threat.exposure.some((sampler) => sampler !== null);
    const d = threat.disruption;
    return {
      shares: threat.exposure.map((sampler, k) => this.optionalColumn(sampler, chunk, t, STREAM.exposureBase + k, count)),
      outageDays: this.optionalColumn(d?.outageDays, chunk, t, STREAM.outageDays, count),
      operationsLost: this.optionalColumn(d?.operationsLost, chunk, t, STREAM.operationsLost, count),
      rampUpDays: this.optionalColumn(d?.rampUpDays, chunk, t, STREAM.rampUpDays, count),
      extraCostPerDay: this.optionalColumn(d?.extraCostPerDay, chunk, t, STREAM.extraCostPerDay, count),
      investigation: this.optionalColumn(threat.investigation, chunk, t, STREAM.investigation, count),
      itRecovery: this.optionalColumn(threat.itRecovery, chunk, t, STREAM.itRecovery, count),
      ransomDemand: this.optionalColumn(threat.ransom?.demand, chunk, t, STREAM.ransomDemand, count),
      ransomPaymentProbability: this.optionalColumn(threat.ransom?.paymentProbability, chunk, t, STREAM.ransomPaymentProbability, count),
      ransomPaymentUniform: threat.ransom ? this.uniforms(chunk, t, STREAM.ransomPaymentUniform, count) : null,
      notificationCostPerPerson: this.column(response.notificationCostPerPerson, chunk, t, STREAM.notificationCostPerPerson, exposes ? count : 0),
      regulatorNotificationCost: this.column(response.regulatorNotificationCost, chunk, t, STREAM.regulatorNotificationCost, exposes ? count : 0),
      monitoringUptake: this.column(response.monitoringUptake, chunk, t, STREAM.monitoringUptake, exposes ? count : 0),
      monitoringCostPerPerson: this.column(response.monitoringCostPerPerson, chunk, t, STREAM.monitoringCostPerPerson, exposes ? count : 0),
      lawsuitProbability: this.column(response.lawsuitProbability, chunk, t, STREAM.lawsuitProbability, exposes ? count : 0),
      lawsuitUniform: this.uniforms(chunk, t, STREAM.lawsuitUniform, exposes ? count : 0),
      legalDefenceCost: this.column(response.legalDefenceCost, chunk, t, STREAM.legalDefenceCost, exposes ? count : 0),
      settlementPerPerson: this.column(response.settlementPerPerson, chunk, t, STREAM.settlementPerPerson, exposes ? count : 0),
      cardAssessmentPerCard: this.column(response.cardAssessmentPerCard, chunk, t, STREAM.cardAssessmentPerCard, exposes ? count : 0),
      fineProbability: exposes ? this.optionalColumn(plan.fines?.probability, chunk, t, STREAM.fineProbability, count) : null,
      fineUniform: exposes && plan.fines ? this.uniforms(chunk, t, STREAM.fineUniform, count) : null,
      fineAmount: exposes ? this.optionalColumn(plan.fines?.amount, chunk, t, STREAM.fineAmount, count) : null,
      abnormalChurn: this.optionalColumn(plan.churn?.abnormalChurn, chunk, t, STREAM.abnormalChurn, count),
      lifetimeValue: this.optionalColumn(plan.churn?.lifetimeValue, chunk, t, STREAM.lifetimeValue, count),
      custom: threat.customLosses.map((loss, c) => this.column(loss.perEvent, chunk, t, STREAM.customLossBase + c, count)),
    };
  }

  /** Applies the year's control multipliers to the event just loaded. */
  private applyEffects(effects: ChunkEffects, local: number): void {
    const draws = this.draws;
    const at = (target: number): number => effects.scalar[target]?.[local] ?? 1;
    const exposed = at(SCALAR_INDEX.recordsExposed);
    if (exposed !== 1) for (let k = 0; k < draws.shares.length; k += 1) draws.shares[k] = (draws.shares[k] ?? 0) * exposed;
    const perRecord = at(SCALAR_INDEX.costPerRecord);
    draws.notificationCostPerPerson *= perRecord;
    draws.monitoringCostPerPerson *= perRecord;
    draws.settlementPerPerson *= perRecord;
    draws.cardAssessmentPerCard *= perRecord;
    draws.outageDays *= at(SCALAR_INDEX.outageDays);
    draws.investigation *= at(SCALAR_INDEX.detectionAndContainment);
    const pay = at(SCALAR_INDEX.ransomPayment);
    if (pay !== 1 && draws.ransomPaid === 1) {
      // Paid only if the same uniform also falls under the lowered chance: a subset of the payers.
      draws.ransomPaid = this.lastPayUniform < this.lastPayProbability * pay ? 1 : 0;
    }
  }

  private loadDraws(columns: ThreatColumns, e: number): void {
    const draws = this.draws;
    for (let k = 0; k < RECORD_TYPES.length; k += 1) draws.shares[k] = columns.shares[k]?.[e] ?? 0;
    draws.outageDays = columns.outageDays?.[e] ?? 0;
    draws.operationsLost = columns.operationsLost?.[e] ?? 0;
    draws.rampUpDays = columns.rampUpDays?.[e] ?? 0;
    draws.extraCostPerDay = columns.extraCostPerDay?.[e] ?? 0;
    draws.investigation = columns.investigation?.[e] ?? 0;
    draws.itRecovery = columns.itRecovery?.[e] ?? 0;
    draws.ransomDemand = columns.ransomDemand?.[e] ?? 0;
    const payU = columns.ransomPaymentUniform?.[e] ?? 1;
    this.lastPayUniform = payU;
    this.lastPayProbability = columns.ransomPaymentProbability?.[e] ?? 0;
    draws.ransomPaid = payU < this.lastPayProbability ? 1 : 0;
    draws.notificationCostPerPerson = columns.notificationCostPerPerson[e] ?? 0;
    draws.regulatorNotificationCost = columns.regulatorNotificationCost[e] ?? 0;
    draws.monitoringUptake = columns.monitoringUptake[e] ?? 0;
    draws.monitoringCostPerPerson = columns.monitoringCostPerPerson[e] ?? 0;
    draws.sued = (columns.lawsuitUniform[e] ?? 1) < (columns.lawsuitProbability[e] ?? 0) ? 1 : 0;
    draws.legalDefenceCost = columns.legalDefenceCost[e] ?? 0;
    draws.settlementPerPerson = columns.settlementPerPerson[e] ?? 0;
    draws.cardAssessmentPerCard = columns.cardAssessmentPerCard[e] ?? 0;
    draws.fined = (columns.fineUniform?.[e] ?? 1) < (columns.fineProbability?.[e] ?? 0) ? 1 : 0;
    draws.fineAmount = columns.fineAmount?.[e] ?? 0;
    draws.abnormalChurn = columns.abnormalChurn?.[e] ?? 0;
    draws.lifetimeValue = columns.lifetimeValue?.[e] ?? 0;
    for (let c = 0; c < columns.custom.length; c += 1) draws.custom[c] = columns.custom[c]?.[e] ?? 0;
  }

  run(options: SimulateOptions): SimulationRun {
    const { trials } = options;
    const plan = this.plan;
    const threatCount = plan.threats.length;
    const annualLoss = new Float64Array(trials);
    // Room for the expected number of events (plus a margin) so the store rarely grows.
    const expectedEvents = trials * plan.threats.reduce((sum, threat) => sum + (threat.exactEvents ?? threat.frequency.mean), 0);
    const events = new EventStore(Math.max(1024, Math.ceil(expectedEvents * 1.1 + 10 * Math.sqrt(expectedEvents))));
    const categoryTotals = new Float64Array(CATEGORY_COUNT);
    const lineTotals = new Float64Array(LINE_COUNT);
    const threatLoss = new Float64Array(threatCount);
    const threatEvents = new Float64Array(threatCount);
    const threatTrialsHit = new Float64Array(threatCount);
    const impactTotals = new Float64Array(IMPACT_COUNT);
    const chunks = Math.ceil(trials / CHUNK_TRIALS);
    const ledger = plan.insurance ? new InsuranceLedger(plan.insurance, trials, CHUNK_TRIALS) : null;
    const effects =
      plan.controls.length > 0 ? new ChunkEffects(plan.controls, plan.threats.map((threat) => THREAT_KINDS.indexOf(threat.kind)), CHUNK_TRIALS) : null;

    for (let chunk = 0; chunk < chunks; chunk += 1) {
      const start = chunk * CHUNK_TRIALS;
      const size = Math.min(CHUNK_TRIALS, trials - start);
      ledger?.beginChunk();
      effects?.begin(this.seed, chunk, size);
      for (let t = 0; t < threatCount; t += 1) {
        const threat = plan.threats[t] as ThreatPlan;
        threat.frequency.sample(new Rng(this.seed, chunk, t, STREAM.frequency), this.rates, size);
        const countRng = new Rng(this.seed, chunk, t, STREAM.eventCount);
        let newEvents = 0;
        const exact = threat.exactEvents;
        for (let i = 0; i < size; i += 1) {
          const k = exact ?? samplePoisson(countRng, this.rates[i] ?? 0);
          this.counts[i] = k;
          newEvents += k;
        }
        if (newEvents === 0) continue;
        if (this.eventTrial.length < newEvents) this.eventTrial = new Int32Array(Math.max(newEvents, this.eventTrial.length * 2));
        let e = 0;
        for (let i = 0; i < size; i += 1) {
          for (let k = this.counts[i] ?? 0; k > 0; k -= 1) this.eventTrial[e++] = i;
        }
        events.reserve(newEvents);
        const columns = this.drawColumns(threat, t, chunk, newEvents);
        // Controls that make a threat rarer thin its events: each is kept with the year's chance,
        // decided by its own uniform, so a stronger control only ever removes events.
        const keep = effects?.keep[t] ?? null;
        const thinning = keep ? this.uniforms(chunk, t, STREAM.controlThinning, newEvents) : null;
        let kept = 0;
        let lastHit = -1;
        for (let ev = 0; ev < newEvents; ev += 1) {
          const local = this.eventTrial[ev] ?? 0;
          if (keep && thinning && (thinning[ev] ?? 0) >= (keep[local] ?? 1)) continue;
          kept += 1;
          if (local !== lastHit) {
            threatTrialsHit[t] = (threatTrialsHit[t] ?? 0) + 1;
            lastHit = local;
          }
          this.loadDraws(columns, ev);
          if (effects) this.applyEffects(effects, local);
          const total = eventCost(plan, threat, this.draws, this.lines, this.categories, this.impact, this.customByCategory);
          const trial = start + local;
          ledger?.addEvent(local, this.lines, this.customByCategory, this.impact);
          annualLoss[trial] = (annualLoss[trial] ?? 0) + total;
          for (let c = 0; c < CATEGORY_COUNT; c += 1) categoryTotals[c] = (categoryTotals[c] ?? 0) + (this.categories[c] ?? 0);
          for (let l = 0; l < LINE_COUNT; l += 1) lineTotals[l] = (lineTotals[l] ?? 0) + (this.lines[l] ?? 0);
          for (let m = 0; m < IMPACT_COUNT; m += 1) impactTotals[m] = (impactTotals[m] ?? 0) + (this.impact[m] ?? 0);
          events.push(trial, t, total, this.categories);
          threatLoss[t] = (threatLoss[t] ?? 0) + total;
        }
        threatEvents[t] = (threatEvents[t] ?? 0) + kept;
      }
      ledger?.endChunk(start);
      options.onProgress?.((start + size) / trials);
      if (options.shouldCancel?.()) throw new SimulationCancelled();
    }
    return {
      trials,
      seed: this.seed,
      annualLoss,
      ...events.finish(),
      categoryTotals,
      lineTotals,
      threatLoss,
      threatEvents,
      threatTrialsHit,
      impactTotals,
      insurance: ledger?.finish() ?? null,
    };
  }
}

export function simulate(plan: ModelPlan, options: SimulateOptions): SimulationRun {
  return new Engine(plan, options.seed).run(options);
}
