/**
 * The library of security controls: what each one changes in the model and by how much, with
 * the source of every default effect. An effect is a multiplier between 0 and 1 on one model
 * input (1 = no effect), given as a range because published effects are uncertain:
 *
 *   frequency.<kind>       incidents a year of threats of that kind (events are thinned)
 *   recordsExposed         share of records one incident exposes
 *   costPerRecord          per-person costs: notification, monitoring, settlement, card assessments
 *   outageDays             days systems are down after a disruptive incident
 *   detectionAndContainment  forensics and crisis management (a proxy for time to detect and contain)
 *   ransomPayment          chance a ransom is paid
 *
 * How a published figure becomes a multiplier (docs/controls.md says the same in prose):
 * - IBM's "factors that save" are average savings S against an average breach cost, measured
 *   one factor at a time. We apply S only to the cost lines the control acts on, with IBM's 2026
 *   split of the average breach (detection and escalation 1.64M USD; notification plus
 *   post-breach response 1.81M): multiplier = 1 - S / (those lines). Spreading S over the whole
 *   4.99M average gives the weakest plausible effect, used as the range's high end.
 * - A block rate e against an attack route that starts a share s of a threat's incidents
 *   becomes a frequency multiplier 1 - s x e.
 * Controls in the same overlap group (EDR and managed detection) do not stack: where both act
 * on an input, the stronger of the two applies; controls in different groups multiply.
 */
import { assumption, sourced, type Provenance } from '../sources/provenance';
import type { PertSpec } from '../distributions/uncertain';
import type { ThreatKind } from '../model/vocabulary';

export const CONTROL_IDS = [
  'mfa',
  'edr',
  'immutable-backups',
  'ir-plan',
  'encryption-at-rest',
  'network-segmentation',
  'phishing-training',
  'security-ai',
  'managed-detection',
  'dlp',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export const EFFECT_TARGETS = ['frequency', 'recordsExposed', 'costPerRecord', 'outageDays', 'detectionAndContainment', 'ransomPayment'] as const;
export type EffectTarget = (typeof EFFECT_TARGETS)[number];
export type ScalarTarget = Exclude<EffectTarget, 'frequency'>;
export const SCALAR_TARGETS: readonly ScalarTarget[] = ['recordsExposed', 'costPerRecord', 'outageDays', 'detectionAndContainment', 'ransomPayment'];

export const EFFECT_TARGET_LABELS: Readonly<Record<EffectTarget, string>> = {
  frequency: 'Incidents a year',
  recordsExposed: 'Share of records exposed',
  costPerRecord: 'Cost per person affected',
  outageDays: 'Days systems are down',
  detectionAndContainment: 'Cost to detect and contain',
  ransomPayment: 'Chance a ransom is paid',
};

/** Multipliers a control applies, each a range within 0..1. */
export type ControlEffects<Spec> = Readonly<{
  frequency?: Readonly<Partial<Record<ThreatKind, Spec>>>;
  recordsExposed?: Spec;
  costPerRecord?: Spec;
  outageDays?: Spec;
  detectionAndContainment?: Spec;
  ransomPayment?: Spec;
}>;

export type ControlDefinition = Readonly<{
  id: ControlId;
  label: string;
  description: string;
  /** Controls in the same group overlap: the stronger effect applies, not both. */
  overlapGroup: string | null;
  effects: ControlEffects<PertSpec>;
  /** Source of each default effect, keyed `frequency.ransomware`, `outageDays`... */
  provenance: Readonly<Record<string, Provenance>>;
}>;

const range = (low: number, mode: number, high: number): PertSpec => ({ dist: 'pert', low, mode, high });

export const CONTROL_LIBRARY: readonly ControlDefinition[] = [
  {
    id: 'mfa',
    label: 'Multi-factor authentication',
    description: 'A second factor on email, remote access and admin accounts: stolen passwords alone no longer open the door.',
    overlapGroup: null,
    effects: {
      frequency: { ransomware: range(0.54, 0.77, 0.86), dataTheft: range(0.78, 0.87, 0.9), businessEmailCompromise: range(0.31, 0.6, 0.82) },
    },
    provenance: {
      'frequency.ransomware': sourced(
        'Compromised credentials start 23-47% of ransomware attacks (29% in Sophos 2024, 23% in 2025; 47% of identified routes, Coalition 2025); MFA cut account compromise by 99.2% in Microsoft’s study. Real-world efficacy 60-98%, most likely 80%, allows for gaps and bypasses (our assumption): most likely 1 - 0.29 x 0.8 = 0.77; strongest 1 - 0.47 x 0.98 = 0.54; weakest 1 - 0.23 x 0.6 = 0.86.',
        'sophos2024',
        'sophos2025',
        'coalitionThreatIndex2025',
        'microsoftMfa2023',
      ),
      'frequency.dataTheft': sourced(
        'Stolen credentials start 16% of breaches (IBM 2024) to 22% (Verizon 2025); with efficacy as for ransomware: most likely 1 - 0.16 x 0.8 = 0.87; strongest 1 - 0.22 x 0.98 = 0.78; weakest 1 - 0.16 x 0.6 = 0.90.',
        'ibm2024',
        'verizonDbir2025',
        'microsoftMfa2023',
      ),
      'frequency.businessEmailCompromise': assumption(
        'A share of 30-70% (most likely half) of payment-diversion fraud is taken to use a taken-over mailbox (no published share found); MFA stops most of those, not spoofed look-alike domains. Most likely 1 - 0.5 x 0.8 = 0.60; strongest 1 - 0.7 x 0.98 = 0.31; weakest 1 - 0.3 x 0.6 = 0.82.',
        'microsoftMfa2023',
      ),
    },
  },
  {
    id: 'edr',
    label: 'Endpoint detection and response',
    description: 'Agents on every computer that spot and stop attacker behaviour, and let responders contain a machine quickly.',
    overlapGroup: 'detection',
    effects: {
      frequency: { ransomware: range(0.75, 0.9, 1) },
      recordsExposed: range(0.85, 0.95, 1),
      outageDays: range(0.75, 0.9, 1),
      detectionAndContainment: range(0.8, 0.89, 0.96),
    },
    provenance: {
      detectionAndContainment: sourced(
        'IBM 2026: EDR is associated with 177,710 USD less per breach; applied to detection and escalation (1.64M): 1 - 0.178 / 1.64 = 0.89 (most likely); over the whole 4.99M, 0.96 (weakest). The strongest, 0.80, is our assumption.',
        'ibm2026',
      ),
      'frequency.ransomware': assumption('EDR stops some ransomware before encryption; At-Bay found 60% of one group’s victims had EDR, so alone it often fails.', 'atBayInsurSec2026'),
      recordsExposed: assumption('Earlier containment limits what attackers reach.'),
      outageDays: assumption('Faster containment shortens outages; no published day figure.'),
    },
  },
  {
    id: 'immutable-backups',
    label: 'Immutable offline backups',
    description: 'Backups attackers cannot encrypt or delete, tested by restoring: recovery without paying.',
    overlapGroup: null,
    effects: { ransomPayment: range(0.33, 0.5, 0.75), outageDays: range(0.6, 0.8, 0.95) },
    provenance: {
      ransomPayment: sourced(
        'Organisations whose backups were compromised were almost twice as likely to pay (Sophos 2024); those that could not restore were 3 times as likely to pay (At-Bay 2024); only about 1 in 4 insureds with offline backups restored from them in 2023 (At-Bay 2025), hence the weak end.',
        'sophosCompromisedBackups2024',
        'atBayRansomware2024',
        'atBayInsurSec2025',
      ),
      outageDays: assumption('Restoring from clean backups shortens outages; Sophos reports only within-a-week shares, not days.', 'sophos2024'),
    },
  },
  {
    id: 'ir-plan',
    label: 'Tested incident response plan',
    description: 'A written plan, rehearsed, with retained forensic and legal help: faster, cheaper response.',
    overlapGroup: null,
    effects: { detectionAndContainment: range(0.46, 0.53, 0.83), outageDays: range(0.8, 0.9, 1), ransomPayment: range(0.8, 0.95, 1) },
    provenance: {
      detectionAndContainment: sourced(
        'IBM 2023: high levels of IR planning and testing saved 1.49M USD against low levels (average breach 4.45M). Against the average we take half, 0.745M (our assumption), on detection and escalation (1.58M), the costs this effect multiplies: 1 - 0.745 / 1.58 = 0.53. Strongest: the full 1.49M over detection and post-breach response (2.78M), 0.46. Weakest: half the saving over the whole 4.45M, 0.83.',
        'ibm2023',
      ),
      outageDays: assumption('A rehearsed response restores service sooner.'),
      ransomPayment: assumption('Coveware credits IR planning, among other things, with the fall in payment rates; no size given.'),
    },
  },
  {
    id: 'encryption-at-rest',
    label: 'Encryption at rest',
    description: 'Data and devices encrypted with keys kept separately: a lost laptop is not a breach, stolen files are harder to use.',
    overlapGroup: null,
    effects: { frequency: { lostDevice: range(0.05, 0.1, 0.3) }, recordsExposed: range(0.85, 0.95, 1), costPerRecord: range(0.8, 0.88, 0.96) },
    provenance: {
      'frequency.lostDevice': sourced(
        'Under HIPAA, health data encrypted to HHS guidance is not "unsecured", so losing an encrypted device is not a reportable breach. We take 90% of devices as encrypted with keys intact (assumption).',
        'hhsEncryptionGuidance2009',
      ),
      costPerRecord: sourced(
        'IBM 2026: encryption is associated with 213,478 USD less per breach; over notification and post-breach response (1.81M): 1 - 0.213 / 1.81 = 0.88 (most likely); over all 4.99M, 0.96 (weakest). The strongest, 0.80, is our assumption.',
        'ibm2026',
      ),
      recordsExposed: assumption('Storage encryption does not protect data reached through valid accounts or applications, so the effect on exposure is small.'),
    },
  },
  {
    id: 'network-segmentation',
    label: 'Network segmentation',
    description: 'Separate zones for clinical, business and guest systems: an intruder cannot reach everything from one foothold.',
    overlapGroup: null,
    effects: { outageDays: range(0.5, 0.8, 0.95), recordsExposed: range(0.6, 0.85, 1), detectionAndContainment: range(0.9, 0.95, 1) },
    provenance: {
      outageDays: assumption(
        'Organisations segmenting six critical areas recovered in 4 hours instead of 15 (Akamai 2023, a vendor survey of time to mitigate, not outage days); ransomware hits about half of an organisation’s computers on average (Sophos 2024).',
        'akamaiSegmentation2023',
        'sophos2024',
      ),
      recordsExposed: assumption('Segmentation limits how much data one intrusion reaches.', 'sophos2024'),
      detectionAndContainment: assumption('A contained intrusion is cheaper to investigate.'),
    },
  },
  {
    id: 'phishing-training',
    label: 'Phishing and security awareness training',
    description: 'Regular training and simulated phishing for staff.',
    overlapGroup: null,
    effects: {
      frequency: { businessEmailCompromise: range(0.6, 0.84, 0.98), ransomware: range(0.82, 0.96, 1), dataTheft: range(0.85, 0.97, 1), insider: range(0.9, 0.97, 1) },
      detectionAndContainment: range(0.88, 0.94, 1),
    },
    provenance: {
      'frequency.businessEmailCompromise': sourced(
        'Email starts 82% of fraud claims (At-Bay 2026). Training’s effect on real incidents is contested: simulated click rates fall from about a third to 5% in a year (KnowBe4, a vendor), yet a trial with 19,500 hospital staff found almost no effect (UC San Diego 2025). Efficacy 20% (2-50%): 1 - 0.82 x 0.2 = 0.84.',
        'atBayInsurSec2026',
        'knowBe4Phishing2025',
        'ucsdPhishingTraining2025',
      ),
      'frequency.ransomware': sourced(
        'Phishing and malicious email start up to 37% of ransomware (Sophos 2025) and almost none in At-Bay’s claims (2026); we take 20% as most likely (assumption). Efficacy as above: most likely 1 - 0.2 x 0.2 = 0.96; strongest 1 - 0.37 x 0.5 = 0.82; weakest 1.',
        'sophos2025',
        'atBayInsurSec2026',
        'ucsdPhishingTraining2025',
      ),
      'frequency.dataTheft': sourced(
        'Phishing starts about 16% of breaches (IBM 2024), up to 30% counting phished credentials (assumption). Efficacy as above: most likely 1 - 0.16 x 0.2 = 0.97; strongest 1 - 0.3 x 0.5 = 0.85; weakest 1.',
        'ibm2024',
        'ucsdPhishingTraining2025',
      ),
      'frequency.insider': assumption('Training reduces careless insiders only.'),
      detectionAndContainment: sourced('IBM 2026: employee training is associated with 196,259 USD less per breach; half of 1 - 0.196 / 1.64, as part of the effect is already in fewer incidents (assumption).', 'ibm2026'),
    },
  },
  {
    id: 'security-ai',
    label: 'Security AI and automation',
    description: 'Automated detection, triage and response across security tools.',
    overlapGroup: null,
    effects: { detectionAndContainment: range(0.66, 0.77, 0.87) },
    provenance: {
      detectionAndContainment: sourced(
        'Breach lifecycle with extensive security AI and automation vs none: 215 vs 280 days (IBM 2026, ratio 0.77, most likely) and 214 vs 322 days (IBM 2023, 0.66, strongest); the SOAR saving of 210,771 USD over detection and escalation (1.64M) gives the weakest, 1 - 0.211 / 1.64 = 0.87.',
        'ibm2026',
        'ibm2023',
      ),
    },
  },
  {
    id: 'managed-detection',
    label: '24x7 managed detection and response',
    description: 'A service that watches alerts around the clock and acts on them, nights and weekends included.',
    overlapGroup: 'detection',
    effects: {
      frequency: { ransomware: range(0.4, 0.7, 0.9) },
      recordsExposed: range(0.8, 0.9, 1),
      outageDays: range(0.5, 0.75, 0.95),
      detectionAndContainment: range(0.75, 0.91, 0.97),
    },
    provenance: {
      detectionAndContainment: sourced(
        'IBM 2026: managed security services are associated with 152,929 USD less per breach: 1 - 0.153 / 1.64 = 0.91 on detection and escalation (most likely), 1 - 0.153 / 4.99 = 0.97 over the whole average (weakest). IBM also found they gave the fastest identification and containment; the strongest, 0.75, is our assumption.',
        'ibm2026',
      ),
      'frequency.ransomware': assumption(
        'Every business that avoided encryption by one major ransomware group had 24x7 MDR (At-Bay 2026, which sells MDR); no population rate is published.',
        'atBayInsurSec2026',
      ),
      recordsExposed: assumption('Round-the-clock response limits what attackers take.'),
      outageDays: assumption('Faster response shortens outages.'),
    },
  },
  {
    id: 'dlp',
    label: 'Data loss prevention',
    description: 'Tools that stop sensitive data leaving by email, web or removable media.',
    overlapGroup: null,
    effects: { frequency: { insider: range(0.69, 0.81, 0.94), dataTheft: range(0.9, 0.97, 1) }, recordsExposed: range(0.7, 0.89, 0.96) },
    provenance: {
      'frequency.insider': sourced(
        'Negligence causes 62% of insider incidents (Ponemon 2020); only 41% of organisations rate their DLP effective against misdirected email (Ponemon 2022). Efficacy 30% (10-50%, assumption): 1 - 0.62 x 0.3 = 0.81.',
        'ponemonInsider2020',
        'ponemonEmailDlp2022',
      ),
      'frequency.dataTheft': assumption('DLP catches some exfiltration by outsiders.'),
      recordsExposed: sourced(
        'IBM 2026: data security software is associated with 198,259 USD less per breach; read as fewer records on the per-record lines (1.81M): 1 - 0.198 / 1.81 = 0.89 (most likely); over the whole 4.99M, 0.96 (weakest). The strongest, 0.70, is our assumption.',
        'ibm2026',
      ),
    },
  },
];

export function controlDefinition(id: ControlId): ControlDefinition {
  const found = CONTROL_LIBRARY.find((control) => control.id === id);
  if (!found) throw new Error(`No control ${id} in the library.`);
  return found;
}

/** How a one-off cost is spread over years when annualised, unless the scenario says otherwise. */
export const AMORTISATION_YEARS_DEFAULT = { value: 3, provenance: sourced('Off-the-shelf software is depreciated over 36 months in US tax rules; we spread one-off costs the same way.', 'irsPublication946') } as const;
