/**
 * Regional hospital, United States, about 250 beds: the example Aftermath opens on.
 * Operating figures from AHA and Definitive Healthcare; outage behaviour from named hospital
 * incidents (Scripps 2021, Ascension 2024, Synnovis 2024); ransomware costs from Sophos and
 * Coveware; response costs from NetDiligence claims; fines under HIPAA.
 */
import { assumption, sourced } from '../sources/provenance';
import type { Preset } from './preset';

export const regionalHospital: Preset = {
  id: 'regional-hospital',
  label: 'Regional hospital',
  summary: 'A 250-bed US hospital with about 750,000 patient records, 400M USD revenue and a HIPAA exposure.',
  kind: 'organisation',
  scenario: {
    format: 'aftermath-scenario',
    version: 1,
    name: 'Regional hospital',
    description:
      'A 250-bed community hospital in the United States. Ransomware is the threat that stops care; data theft, third-party breaches and lost devices expose patient records.',
    currency: 'USD',
    organisation: {
      name: 'Example Regional Hospital',
      sector: 'healthcare',
      region: 'US',
      annualRevenue: 400_000_000,
      operatingDaysPerYear: 365,
      records: { health: 750_000, personal: 0, paymentCard: 30_000, credentials: 5_000, employee: 3_000, other: 0 },
      healthcare: { appointmentsPerDay: 800, marginPerAppointment: 150, proceduresPerDay: 22, marginPerProcedure: 4_000 },
    },
    threats: [
      {
        name: 'Ransomware',
        kind: 'ransomware',
        frequency: { dist: 'pert', low: 0.02, mode: 0.06, high: 0.2 },
        exposure: {
          health: { dist: 'pert', low: 0, mode: 0.15, high: 0.8 },
          paymentCard: { dist: 'pert', low: 0, mode: 0.05, high: 0.5 },
          credentials: { dist: 'pert', low: 0, mode: 0.3, high: 1 },
          employee: { dist: 'pert', low: 0, mode: 0.2, high: 1 },
        },
        disruption: {
          outageDays: { dist: 'lognormal', low: 3, high: 45 },
          operationsLost: { dist: 'pert', low: 0.08, mode: 0.35, high: 0.6 },
          rampUpDays: { dist: 'pert', low: 7, mode: 14, high: 42 },
          extraCostPerDay: { dist: 'pert', low: 20_000, mode: 50_000, high: 150_000 },
        },
        investigation: { dist: 'pert', low: 74_000, mode: 238_000, high: 550_000 },
        itRecovery: { dist: 'lognormal', low: 400_000, high: 6_000_000 },
        ransom: {
          demand: { dist: 'lognormal', low: 53_000, high: 13_200_000 },
          paymentProbability: { dist: 'pert', low: 0.23, mode: 0.35, high: 0.5 },
        },
      },
      {
        name: 'Patient data theft',
        kind: 'dataTheft',
        frequency: { dist: 'pert', low: 0.03, mode: 0.08, high: 0.2 },
        exposure: {
          health: { dist: 'pert', low: 0.001, mode: 0.05, high: 0.5 },
          credentials: { dist: 'pert', low: 0, mode: 0.1, high: 0.5 },
        },
        investigation: { dist: 'pert', low: 57_000, mode: 100_000, high: 238_000 },
        itRecovery: { dist: 'pert', low: 20_000, mode: 50_000, high: 200_000 },
      },
      {
        name: 'Breach at a vendor',
        kind: 'thirdPartyBreach',
        frequency: { dist: 'pert', low: 0.03, mode: 0.08, high: 0.2 },
        exposure: { health: { dist: 'pert', low: 0, mode: 0.2, high: 0.8 } },
        investigation: { dist: 'pert', low: 20_000, mode: 50_000, high: 150_000 },
      },
      {
        name: 'Lost or stolen laptop',
        kind: 'lostDevice',
        frequency: { dist: 'pert', low: 0.02, mode: 0.1, high: 0.3 },
        exposure: { health: { dist: 'pert', low: 0, mode: 0.002, high: 0.02 } },
        investigation: { dist: 'pert', low: 5_000, mode: 15_000, high: 50_000 },
      },
    ],
    regulation: { regime: 'hipaa' },
    lostBusiness: {
      customers: 250_000,
      abnormalChurn: { dist: 'pert', low: 0.005, mode: 0.02, high: 0.065 },
      lifetimeValue: { dist: 'pert', low: 200, mode: 500, high: 1_500 },
    },
    insurance: {
      retention: 250_000,
      waitingPeriodHours: 12,
      excluded: ['lostBusiness'],
      layers: [
        { name: 'Primary', attachment: 0, limit: 5_000_000, premium: 350_000 },
        { name: 'Excess', attachment: 5_000_000, limit: 5_000_000, premium: 250_000 },
      ],
    },
  },
  calibration: {
    kind: 'medianEvent',
    low: 'iris2025-100m-1b-median',
    high: 'ibm2026-healthcare',
    note: 'A typical incident for a 400M USD hospital sits between the public-record median for its revenue band (IRIS, which leaves out lost business) and IBM’s healthcare average (a mean, which includes it).',
  },
  provenance: {
    'organisation.operatingDaysPerYear': assumption('A hospital runs every day of the year.'),
    'threats[0].exposure.paymentCard': assumption('Share of cards on file taken when attackers exfiltrate billing systems.'),
    'threats[0].exposure.credentials': assumption('Share of staff and portal logins taken; attackers usually dump the directory.'),
    'threats[0].exposure.employee': assumption('Share of staff records taken from HR systems.'),
    'threats[1].exposure.credentials': assumption('Share of logins taken in a hacking breach.'),
    'organisation.annualRevenue': assumption(
      'Net patient revenue of 400M USD, between the US average of 223.7M for all hospitals and 884.1M for hospitals over 250 beds.',
      'definitive2022',
    ),
    'organisation.records.health': assumption('Patient records held: between 0.5M and 1M for a regional hospital.'),
    'organisation.records.paymentCard': assumption('Cards on file for billing and the hospital shops.'),
    'organisation.records.credentials': assumption('Staff and portal logins.'),
    'organisation.records.employee': assumption('Staff of a 250-bed hospital.'),
    'organisation.healthcare.proceduresPerDay': sourced(
      'A 200-299-bed hospital performs about 2,843 inpatient and 5,252 outpatient surgeries a year: about 22 a day.',
      'ahaStatistics2015',
    ),
    'organisation.healthcare.appointmentsPerDay': assumption('Outpatient visits a day for a 250-bed hospital.'),
    'organisation.healthcare.marginPerAppointment': assumption('Contribution margin of one outpatient visit.'),
    'organisation.healthcare.marginPerProcedure': assumption(
      'Contribution margin of one surgery; hospitals earn a median operating margin of about 4% overall, but most costs are fixed, so cancelled work loses most of its revenue.',
      'kaufmanHall2024',
    ),
    'threats[0].frequency': assumption(
      'Disruptive ransomware attacks a year: most likely 6%, up to 20%. Ransomware was 39% of breaches studied by IBM in 2026; yearly incident probabilities have risen about fourfold since 2008 (IRIS).',
      'ibm2026',
      'iris2025',
    ),
    'threats[0].exposure.health': assumption('Share of patient records stolen when attackers also exfiltrate (double extortion).'),
    'threats[0].disruption.outageDays': sourced(
      'Lognormal with 90% interval 3-45 days, mean about 16 days: hospitals averaged 17 days down (Comparitech 2024); Coveware measured 16.2 days (Q4 2019) and 23 days (Q2 2021) across sectors.',
      'comparitech2024',
      'coveware2019',
      'coveware2021',
    ),
    'threats[0].disruption.operationsLost': sourced(
      'Share of operations lost while down: about 36% of daily revenue at Scripps Health in 2021 (derived from 91.6M lost over ~25 days on ~3.6B a year); 8-12% system-wide at Ascension in 2024; admissions -15% to -17%, outpatient -22% to -35% in the first week (JRH 2024). The 60% high is our assumption.',
      'beckersScripps2021',
      'ascension2024',
      'jrh2024',
    ),
    'threats[0].disruption.rampUpDays': assumption(
      'Days to return to full capacity after systems are back: Synnovis pathology ran at 10% in week 1 and 54% in week 4; Ascension took about six weeks.',
      'synnovis2024',
      'ascension2024',
    ),
    'threats[0].disruption.extraCostPerDay': assumption('Overtime, agency staff and paper workarounds per day of outage.'),
    'threats[0].investigation': sourced(
      'Forensics per incident: NetDiligence averages of 74K (50-300M revenue) and 238K USD (300M-2B); 550K USD for the largest intrusions (BakerHostetler).',
      'netDiligence2024',
      'bakerHostetlerForensics',
    ),
    'threats[0].itRecovery': sourced(
      'Lognormal with 90% interval 0.4-6M USD (mean about 2.2M): healthcare organisations spent a mean of 2.57M USD recovering from ransomware in 2024, a figure that includes some downtime cost.',
      'sophosHealthcare2024',
    ),
    'threats[0].ransom.demand': sourced(
      'Lognormal fitted to Sophos 2024 demands for organisations with 250-500M USD revenue: median 840K, mean 3.41M, giving a 90% interval of 53K-13.2M USD.',
      'sophos2024',
    ),
    'threats[0].ransom.paymentProbability': sourced(
      'Chance the ransom is paid: 23% of victims paid in Q3 2025 (Coveware); 50% of 250-500M revenue organisations in 2024 (Sophos).',
      'coveware2025',
      'sophos2024',
    ),
    'threats[1].frequency': assumption(
      'Hacking breaches of patient data a year: most likely 8%. HHS records about 720 breaches of 500 or more health records a year across all US covered entities, most of them hacking.',
      'hhsBreachPortal2024',
    ),
    'threats[1].exposure.health': assumption('Share of patient records taken in a hacking breach.'),
    'threats[1].investigation': sourced(
      'Forensics per incident: 57K USD for healthcare SMEs (NetDiligence 2026) to 238K USD for 300M-2B revenue (NetDiligence 2024); most likely about 100K (BakerHostetler average).',
      'netDiligence2026',
      'netDiligence2024',
      'bakerHostetlerForensics',
    ),
    'threats[1].itRecovery': assumption('Closing the hole and resetting credentials after a breach without encryption.'),
    'threats[2].frequency': assumption('Breaches a year at vendors holding the hospital’s patient data: most likely 8%.', 'hhsBreachPortal2024'),
    'threats[2].exposure.health': assumption('Share of patient records the vendor held.'),
    'threats[2].investigation': assumption('The hospital’s own investigation when the vendor leads the response.'),
    'threats[3].frequency': assumption(
      'Reportable loss or theft of an unencrypted device: most likely once in ten years; theft and loss are now a small share of HHS breach reports.',
      'hhsBreachPortal2024',
    ),
    'threats[3].exposure.health': assumption('Records on one device: up to about 15,000 patients.'),
    'threats[3].investigation': assumption('Investigation and counsel for a small device breach.'),
    'regulation.regime': sourced('US health data falls under HIPAA; caps are the 2026 inflation-adjusted amounts.', 'hhsPenalties2026'),
    'lostBusiness.customers': assumption('Patients treated a year.'),
    'lostBusiness.abnormalChurn': sourced(
      'Abnormal churn: healthcare 6.5% (Ponemon 2008) as the high; patients have less choice of hospital than customers of a shop, so the most likely is our assumption of 2%.',
      'ponemonChurn',
    ),
    'lostBusiness.lifetimeValue': assumption('Contribution margin of a patient relationship over the years it lasts.'),
    'insurance.excluded': assumption(
      'Cyber policies pay incident response, business interruption and liability; patients lost afterwards (reputational harm) are usually outside the policy or an optional extra, so they are excluded here.',
    ),
    'insurance.retention': sourced('Community hospitals and small systems (100-500 beds) carry retentions of 250K-1M USD; we take the low end.', 'accountableHqCyberCost'),
    'insurance.waitingPeriodHours': sourced(
      'Business interruption cover starts after a waiting period: 12 hours in many policies, up to 24 in some (Keefer); typically 8 hours (CFC).',
      'keeferWaitingPeriods2017',
      'cfcBusinessInterrupted2018',
    ),
    'insurance.layers[0].limit': sourced('Hospitals of 100-500 beds buy 5-10M USD of total limits; the primary takes the first 5M.', 'accountableHqCyberCost'),
    'insurance.layers[0].premium': assumption(
      'A 100-500-bed hospital pays about 150-600K USD a year for 5-10M of limits; this tower is 10M, the top of that range, so we take 600K for the whole tower. Splitting it 350K for the primary and 250K for the excess is our assumption.',
      'accountableHqCyberCost',
    ),
    'insurance.layers[1].attachment': sourced('The excess layer sits on top of the 5M primary.', 'accountableHqCyberCost'),
    'insurance.layers[1].limit': sourced('A second 5M brings the tower to 10M, the top of the 5-10M range for hospitals of this size.', 'accountableHqCyberCost'),
    'insurance.layers[1].premium': assumption(
      'Excess layers cost less than the primary for the same limit, as they pay less often: 250K of the 600K programme (the split is our assumption; the total is the top of the published 150-600K range for 5-10M).',
      'accountableHqCyberCost',
    ),
  },
};
