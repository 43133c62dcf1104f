/**
 * The scenario file, format version 1: what an organisation holds and what could hit it.
 * Validated with zod; every unknown field is an error; every message names its JSON path.
 * A threat costs only what it lists: an absent block (disruption, ransom...) means none.
 * Absent global blocks (response, regulation, lost business, scaling, timing) take the
 * cited defaults in model/defaults.ts.
 */
import * as z from 'zod';
import {
  RECORD_TYPES,
  REGIMES,
  REGIONS,
  SECTORS,
  THREAT_KINDS,
  type RecordType,
} from '../model/vocabulary';
import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import { GDPR_TIERS, HIPAA_CAP_BASES, HIPAA_TIERS } from '../model/regimes';
import { LIMITS, MIN_TRIALS } from './limits';
import { money, share, uncertain } from './uncertainSchema';
import { strict } from './strict';
import { insuranceSchema } from './insuranceSchema';
import { controlsSchema } from './controlsSchema';
import { appetiteSchema } from './appetiteSchema';

export const SCENARIO_FORMAT = 'aftermath-scenario';
export const CURRENT_VERSION = 1;

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
const amount = (max: number = LIMITS.money) => z.number().min(0).max(max);
const count = (max: number) => z.number().int().min(0).max(max);

const recordsShape = Object.fromEntries(RECORD_TYPES.map((type) => [type, count(LIMITS.records).optional()])) as {
  [K in RecordType]: z.ZodOptional<z.ZodNumber>;
};
const exposureShape = Object.fromEntries(RECORD_TYPES.map((type) => [type, share().optional()])) as {
  [K in RecordType]: z.ZodOptional<ReturnType<typeof share>>;
};

const healthcareSchema = strict({
  appointmentsPerDay: amount(LIMITS.activityPerDay),
  marginPerAppointment: amount(),
  proceduresPerDay: amount(LIMITS.activityPerDay),
  marginPerProcedure: amount(),
});

const organisationSchema = strict({
  name: text(200),
  sector: z.enum(SECTORS),
  region: z.enum(REGIONS),
  annualRevenue: amount(),
  operatingDaysPerYear: z.number().int().min(1).max(366),
  records: strict(recordsShape),
  healthcare: healthcareSchema.optional(),
});

const disruptionSchema = strict({
  outageDays: uncertain(LIMITS.days, ' days'),
  operationsLost: share(),
  rampUpDays: uncertain(LIMITS.days, ' days').optional(),
  extraCostPerDay: money().optional(),
});

const ransomSchema = strict({
  demand: money(),
  paymentProbability: share(),
});

const customLossSchema = strict({
  name: text(200),
  category: z.enum(CATEGORY_IDS),
  perEvent: money(),
});

/** Fields a custom threat may not carry: it states its losses directly. */
/**
 * How the yearly number of events follows from the frequency: `poisson` (the default) draws it
 * from a Poisson distribution with the year's rate; `exact` makes it exactly the frequency every
 * year, for replaying a known incident (the frequency must then be a whole-number constant).
 */
export const OCCURRENCES = ['poisson', 'exact'] as const;

export const MODELLED_THREAT_FIELDS = ['exposure', 'disruption', 'investigation', 'itRecovery', 'ransom'] as const;

const threatSchema = strict({
  name: text(200),
  kind: z.enum(THREAT_KINDS),
  frequency: uncertain(LIMITS.frequencyPerYear, ' events a year'),
  occurrence: z.enum(OCCURRENCES).optional(),
  exposure: strict(exposureShape).optional(),
  disruption: disruptionSchema.optional(),
  investigation: money().optional(),
  itRecovery: money().optional(),
  ransom: ransomSchema.optional(),
  customLosses: z.array(customLossSchema).max(50).optional(),
}).superRefine((threat, ctx) => {
  if (threat.occurrence === 'exact' && !(typeof threat.frequency === 'number' && Number.isInteger(threat.frequency))) {
    ctx.addIssue({
      code: 'custom',
      path: ['frequency'],
      message: 'must be a whole number (a plain number, not a distribution) when occurrence is "exact"',
    });
  }
  if (threat.kind !== 'custom') return;
  for (const field of MODELLED_THREAT_FIELDS) {
    if (threat[field] !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: 'is not allowed on a custom threat, which carries only customLosses',
      });
    }
  }
  if (!threat.customLosses || threat.customLosses.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['customLosses'], message: 'must list at least one loss for a custom threat' });
  }
});

const responseSchema = strict({
  notificationCostPerPerson: money().optional(),
  regulatorNotificationCost: money().optional(),
  monitoringUptake: share().optional(),
  monitoringCostPerPerson: money().optional(),
  lawsuitProbability: share().optional(),
  legalDefenceCost: money().optional(),
  settlementPerPerson: money().optional(),
  cardAssessmentPerCard: money().optional(),
});

const regulationSchema = strict({
  regime: z.enum(REGIMES),
  fineProbability: share().optional(),
  fineIfImposed: money().optional(),
  hipaaTier: z.union(HIPAA_TIERS.map((tier) => z.literal(tier)), { error: 'must be 1, 2, 3 or 4' }).optional(),
  hipaaCapBasis: z.enum(HIPAA_CAP_BASES).optional(),
  provisionsViolated: z.number().int().min(1).max(100).optional(),
  gdprTier: z.enum(GDPR_TIERS).optional(),
  exchangeRate: z.number().positive().max(LIMITS.exchangeRate).optional(),
});

const lostBusinessSchema = strict({
  customers: count(LIMITS.customers),
  abnormalChurn: share().optional(),
  lifetimeValue: money(),
});

const scalingSchema = strict({
  referenceRecords: z.number().min(1).max(LIMITS.records),
  slope: z.number().min(0.1).max(1),
});

const profileSchema = z
  .tuple([z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1)])
  .refine((shares) => Math.abs(shares[0] + shares[1] + shares[2] + shares[3] - 1) < 1e-9, {
    error: 'shares must add up to 1',
  });
const timingShape = Object.fromEntries(CATEGORY_IDS.map((id) => [id, profileSchema.optional()])) as {
  [K in CategoryId]: z.ZodOptional<typeof profileSchema>;
};

const simulationSchema = strict({
  trials: z.number().int().min(MIN_TRIALS).max(LIMITS.trials).optional(),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

export const scenarioSchemaV1 = strict({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(CURRENT_VERSION),
  name: text(200),
  description: z.string().max(5000).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code in capitals, such as USD, GBP or EUR' }),
  simulation: simulationSchema.optional(),
  organisation: organisationSchema,
  threats: z.array(threatSchema).min(1).max(50),
  response: responseSchema.optional(),
  regulation: regulationSchema.optional(),
  lostBusiness: lostBusinessSchema.optional(),
  scaling: scalingSchema.optional(),
  timing: strict(timingShape).optional(),
  insurance: insuranceSchema.optional(),
  controls: controlsSchema.optional(),
  appetite: appetiteSchema.optional(),
});

export type Scenario = z.output<typeof scenarioSchemaV1>;
export type Organisation = Scenario['organisation'];
export type Threat = Scenario['threats'][number];
export type CustomLoss = NonNullable<Threat['customLosses']>[number];
export type ResponseInputs = NonNullable<Scenario['response']>;
export type RegulationInputs = NonNullable<Scenario['regulation']>;
export type LostBusinessInputs = NonNullable<Scenario['lostBusiness']>;
export type ScalingInputs = NonNullable<Scenario['scaling']>;
export type InsuranceInputs = NonNullable<Scenario['insurance']>;
