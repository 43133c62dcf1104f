/**
 * Regulatory fine regimes and their caps. A fine is a probability times an amount and is
 * never above the regime's cap for the organisation:
 * - HIPAA: the yearly cap per identical provision violated for the culpability tier (2026
 *   amounts, statutory or under OCR's enforcement discretion), times the provisions violated.
 * - GDPR and UK GDPR: the higher of a fixed amount and a share of worldwide annual turnover,
 *   for the lower or upper tier.
 */
import type { SourceId } from '../sources/sources';
import type { Regime } from './vocabulary';

export const HIPAA_TIERS = [1, 2, 3, 4] as const;
export type HipaaTier = (typeof HIPAA_TIERS)[number];
export const HIPAA_CAP_BASES = ['statutory', 'enforcementDiscretion'] as const;
export type HipaaCapBasis = (typeof HIPAA_CAP_BASES)[number];
export const GDPR_TIERS = ['lower', 'upper'] as const;
export type GdprTier = (typeof GDPR_TIERS)[number];

export const HIPAA_TIER_LABELS: Readonly<Record<HipaaTier, string>> = {
  1: 'Tier 1: did not know and could not reasonably have known',
  2: 'Tier 2: reasonable cause, not wilful neglect',
  3: 'Tier 3: wilful neglect, corrected within 30 days',
  4: 'Tier 4: wilful neglect, not corrected',
};

/**
 * HIPAA yearly caps per identical provision violated, 2026 amounts (in force from 28 January
 * 2026). The statute's cap is the same for every tier; since 2019 OCR applies lower caps to
 * tiers 1-3 under its notice of enforcement discretion. Both are shown; the scenario picks one.
 */
export const HIPAA_YEARLY_CAP: Readonly<Record<HipaaCapBasis, Readonly<Record<HipaaTier, number>>>> = {
  statutory: { 1: 2_190_294, 2: 2_190_294, 3: 2_190_294, 4: 2_190_294 },
  enforcementDiscretion: { 1: 36_505.5, 2: 146_053, 3: 365_052, 4: 2_190_294 },
};

export const HIPAA_CAP_SOURCES: readonly SourceId[] = ['hhsPenalties2026', 'hipaaEnforcementDiscretion2026'];

/**
 * GDPR and UK GDPR caps: the higher of a fixed amount and a share of worldwide annual turnover.
 * The lower tier (Art. 83(4)) covers the security of processing and breach notification
 * (Arts. 32-34), so it is the default for a breach; the upper tier (Art. 83(5)) covers the
 * principles of processing and data subjects' rights.
 */
export const GDPR_CAPS: Readonly<Record<'gdpr' | 'ukGdpr', Readonly<Record<GdprTier, Readonly<{ fixed: number; turnoverShare: number }>>>>> = {
  gdpr: { lower: { fixed: 10_000_000, turnoverShare: 0.02 }, upper: { fixed: 20_000_000, turnoverShare: 0.04 } },
  ukGdpr: { lower: { fixed: 8_700_000, turnoverShare: 0.02 }, upper: { fixed: 17_500_000, turnoverShare: 0.04 } },
};

export type RegimeRule = Readonly<{
  label: string;
  /** Currency the caps are set in. */
  currency: string;
  sources: readonly SourceId[];
  note: string;
}>;

export const REGIME_RULES: Readonly<Record<Exclude<Regime, 'none'>, RegimeRule>> = {
  hipaa: {
    label: 'HIPAA',
    currency: 'USD',
    sources: HIPAA_CAP_SOURCES,
    note: 'Yearly cap per identical provision violated: 2,190,294 USD under the statute for every tier (2026); under OCR enforcement discretion 36,505.50 / 146,053 / 365,052 / 2,190,294 USD for tiers 1-4.',
  },
  gdpr: {
    label: 'GDPR',
    currency: 'EUR',
    sources: ['gdprArticle83'],
    note: 'Higher of 10M EUR or 2% of worldwide turnover (Art. 83(4): security and breach notification), or of 20M EUR or 4% (Art. 83(5)).',
  },
  ukGdpr: {
    label: 'UK GDPR',
    currency: 'GBP',
    sources: ['ukGdprPenalties'],
    note: 'Higher of 8.7M GBP or 2% of worldwide turnover (lower tier), or of 17.5M GBP or 4% (upper tier).',
  },
};

export type CapSettings = Readonly<{
  hipaaTier: HipaaTier;
  hipaaCapBasis: HipaaCapBasis;
  provisionsViolated: number;
  gdprTier: GdprTier;
  /** Scenario-currency units per unit of the regime's currency. */
  exchangeRate: number;
}>;

/** The cap on one fine, in the scenario's currency. */
export function fineCap(regime: Regime, annualRevenue: number, settings: CapSettings): number {
  switch (regime) {
    case 'none':
      return 0;
    case 'hipaa':
      return HIPAA_YEARLY_CAP[settings.hipaaCapBasis][settings.hipaaTier] * settings.provisionsViolated * settings.exchangeRate;
    case 'gdpr':
    case 'ukGdpr': {
      const cap = GDPR_CAPS[regime][settings.gdprTier];
      return Math.max(cap.fixed * settings.exchangeRate, cap.turnoverShare * annualRevenue);
    }
  }
}
