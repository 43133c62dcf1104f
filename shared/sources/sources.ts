/**
 * Every published source a default number comes from: publisher, title, year, and where it
 * was read. Figures themselves live next to the inputs that use them (model/defaults.ts,
 * presets/, benchmarks/); each cites one or more of these ids.
 */

export type Source = Readonly<{
  publisher: string;
  title: string;
  year: number;
  /** Where the figure was read; https only, opened in the system browser on request. */
  url?: string;
  /** How the figure was read: in the original, or in a summary of it. */
  readVia?: string;
}>;

const AASR = 'github.com/jacobdjwilson/awesome-annual-security-reports (markdown conversion of the report)';

export const SOURCES = {
  ibm2026: { publisher: 'IBM Security and Ponemon Institute', title: 'Cost of a Data Breach Report 2026', year: 2026, readVia: AASR },
  ibm2025: { publisher: 'IBM Security and Ponemon Institute', title: 'Cost of a Data Breach Report 2025', year: 2025, readVia: AASR },
  ibm2024: { publisher: 'IBM Security and Ponemon Institute', title: 'Cost of a Data Breach Report 2024', year: 2024, readVia: AASR },
  ibm2023: { publisher: 'IBM Security and Ponemon Institute', title: 'Cost of a Data Breach Report 2023', year: 2023, readVia: 'hipaaclicks.com summary' },
  jacobs2014: {
    publisher: 'Jay Jacobs, Data Driven Security',
    title: 'Analyzing Ponemon Cost of Data Breach',
    year: 2014,
    url: 'https://datadrivensecurity.info/blog/posts/2014/Dec/ponemon/',
  },
  romanosky2016: {
    publisher: 'Sasha Romanosky, Journal of Cybersecurity',
    title: 'Examining the costs and causes of cyber incidents',
    year: 2016,
    url: 'https://doi.org/10.1093/cybsec/tyw001',
  },
  iris2025: { publisher: 'Cyentia Institute', title: 'Information Risk Insights Study (IRIS) 2025', year: 2025 },
  netDiligence2026: { publisher: 'NetDiligence', title: 'Cyber Claims Study 2026', year: 2026, readVia: AASR },
  netDiligence2025: { publisher: 'NetDiligence', title: 'Cyber Claims Study 2025', year: 2025, readVia: AASR },
  netDiligence2024: { publisher: 'NetDiligence', title: 'Cyber Claims Study 2024', year: 2024, readVia: AASR },
  sophos2024: { publisher: 'Sophos', title: 'The State of Ransomware 2024', year: 2024, readVia: AASR },
  sophos2025: { publisher: 'Sophos', title: 'The State of Ransomware 2025', year: 2025, readVia: AASR },
  sophosHealthcare2024: {
    publisher: 'Sophos',
    title: 'The State of Ransomware in Healthcare 2024',
    year: 2024,
    readVia: 'vsdaily.com summary',
  },
  coveware2025: {
    publisher: 'Coveware',
    title: 'Quarterly Ransomware Report, Q3 2025',
    year: 2025,
    readVia: 'scworld.com summary',
  },
  coveware2019: {
    publisher: 'Coveware',
    title: 'Quarterly Ransomware Report, Q4 2019',
    year: 2020,
    readVia: 'centralitytech.com summary',
  },
  coveware2021: {
    publisher: 'Coveware',
    title: 'Quarterly Ransomware Report, Q2 2021',
    year: 2021,
    readVia: 'senseient.com summary',
  },
  comparitech2024: {
    publisher: 'Comparitech',
    title: 'Ransomware attacks on US hospitals and healthcare',
    year: 2024,
    url: 'https://www.comparitech.com/blog/information-security/ransomware-attacks-hospitals-data/',
  },
  hhsPenalties2026: {
    publisher: 'US Department of Health and Human Services',
    title: 'Annual Civil Monetary Penalties Inflation Adjustment (Federal Register 2026-01688)',
    year: 2026,
    readVia: 'prospyrmed.com summary',
  },
  hipaaEnforcementDiscretion2026: {
    publisher: 'CalHIPAA; Legally Firm (summaries of HHS OCR enforcement discretion)',
    title: 'HIPAA penalty tiers and yearly caps under OCR enforcement discretion, 2026 amounts',
    year: 2026,
  },
  hhsBreachPortal2024: {
    publisher: 'US Department of Health and Human Services, Office for Civil Rights',
    title: 'Breach Portal: breaches affecting 500 or more individuals',
    year: 2024,
    readVia: 'calhipaa.com and cybermaterial.com summaries',
  },
  gdprArticle83: {
    publisher: 'European Union',
    title: 'General Data Protection Regulation (EU) 2016/679, Article 83',
    year: 2016,
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  ukGdprPenalties: {
    publisher: 'UK Information Commissioner / NI Business Info',
    title: 'UK GDPR penalties: maximum fines',
    year: 2024,
    readVia: 'nibusinessinfo.co.uk',
  },
  ico2025Advanced: {
    publisher: 'Information Commissioner’s Office',
    title: 'Software provider fined £3m following 2022 ransomware attack',
    year: 2025,
    url: 'https://ico.org.uk/',
  },
  dhsc2018: {
    publisher: 'UK Department of Health and Social Care',
    title: 'Securing cyber resilience in health and care: progress update (cost of WannaCry)',
    year: 2018,
    readVia: 'infosecurity-magazine.com, "WannaCry cost NHS £92 million"',
  },
  beckersScripps2021: {
    publisher: "Becker's Hospital Review",
    title: 'Scripps Health cyberattack cost 112.7M USD',
    year: 2021,
    url: 'https://www.beckershospitalreview.com/',
  },
  beckersCommonSpirit2022: {
    publisher: "Becker's Hospital Review",
    title: 'CommonSpirit ransomware attack cost up to 160M USD',
    year: 2023,
    url: 'https://www.beckershospitalreview.com/',
  },
  ascension2024: {
    publisher: 'Fierce Healthcare; HealthLeaders',
    title: 'Ascension cyberattack: volumes and receivables after the EHR outage',
    year: 2024,
  },
  synnovis2024: {
    publisher: 'PublicTechnology; Health Service Journal',
    title: 'Synnovis attack: postponed procedures and appointments in south-east London',
    year: 2024,
  },
  jrh2024: {
    publisher: 'Journal of Rural Health',
    title: 'Hospital operations during ransomware attacks (doi:10.1111/jrh.12834)',
    year: 2024,
    url: 'https://doi.org/10.1111/jrh.12834',
  },
  ahaStatistics2015: { publisher: 'American Hospital Association', title: 'AHA Hospital Statistics 2015', year: 2015 },
  definitive2022: {
    publisher: 'Definitive Healthcare (via monocl.com)',
    title: 'Average net patient revenue of US hospitals',
    year: 2022,
  },
  kaufmanHall2024: { publisher: 'Kaufman Hall', title: 'National Hospital Flash Report', year: 2024 },
  epiqNotification: {
    publisher: 'Epiq',
    title: 'Breach notification case study: address hygiene for a mass mailing',
    year: 2020,
    readVia: 'epiqglobal.com (undated case study; year approximate)',
  },
  ponemon2007Notification: {
    publisher: 'Ponemon Institute',
    title: 'Cost of a Data Breach Study 2007: notification cost per customer',
    year: 2007,
    readVia: 'blog.alertboot.com',
  },
  creditMonitoringUptake: {
    publisher: 'databreaches.net; securityledger.com',
    title: 'Credit monitoring enrolment after breaches (Texas Comptroller, LexisNexis, Citibank, Experian)',
    year: 2015,
  },
  creditMonitoringPrice: {
    publisher: 'Mondaq',
    title: 'Credit Monitoring Services: A How-To Guide',
    year: 2017,
  },
  ftcClassActions2019: {
    publisher: 'US Federal Trade Commission',
    title: 'Consumers and Class Actions: A Retrospective and Analysis of Settlement Campaigns',
    year: 2019,
    url: 'https://www.ftc.gov/reports/consumers-class-actions-retrospective-analysis-settlement-campaigns',
  },
  romanosky2014: {
    publisher: 'Romanosky, Hoffman and Acquisti, Journal of Empirical Legal Studies 11(1)',
    title: 'Empirical Analysis of Data Breach Litigation',
    year: 2014,
  },
  bakerHostetler2023: {
    publisher: 'BakerHostetler',
    title: 'Data Security Incident Response Report 2023',
    year: 2023,
    readVia: "cmrris.com and Becker's Hospital Review summaries",
  },
  bakerHostetlerForensics: {
    publisher: 'BakerHostetler',
    title: 'Data Security Incident Response Report (forensic investigation costs)',
    year: 2023,
    readVia: 'securityweek.com; firstinsuredgroup.com',
  },
  breachSettlements: {
    publisher: "InfoWatch; Becker's Hospital Review; Fierce Healthcare; Dark Reading",
    title: 'Data breach class-action settlements per class member (Anthem, Banner, Scripps, T-Mobile, Capital One)',
    year: 2022,
  },
  ocrSettlements: {
    publisher: 'Information Security Media Group; National Law Review',
    title: 'HHS OCR HIPAA settlements with Anthem (16M USD) and Premera (6.85M USD)',
    year: 2020,
  },
  pciAssessments: {
    publisher: 'pcicompliancecost.com (vendor; low confidence)',
    title: 'PCI non-compliance fines and per-card costs',
    year: 2023,
  },
  ponemonChurn: {
    publisher: 'Ponemon Institute',
    title: 'Cost of a Data Breach Study: abnormal churn (2008, 2013, 2019)',
    year: 2019,
    readVia: 'securitymanagement.com and crn.com summaries',
  },
  nhsDigitalGp2024: {
    publisher: 'NHS Digital (via Royal College of General Practitioners)',
    title: 'GP practices, list sizes and appointments in England',
    year: 2024,
  },
  pulseGpFunding2022: {
    publisher: 'Pulse',
    title: 'NHS payments per registered patient to GP practices, 2021/22',
    year: 2022,
  },
  pssruConsultation: {
    publisher: 'PSSRU (via psnc.org.uk)',
    title: 'Unit Costs of Health and Social Care: cost of a GP consultation',
    year: 2015,
  },
  hfmaReferenceCosts: {
    publisher: 'HFMA',
    title: 'NHS reference costs 2016/17',
    year: 2017,
  },
  kffHealthCentres2023: {
    publisher: 'KFF; US Department of Health and Human Services',
    title: 'Community health centres: patients and revenue',
    year: 2023,
  },
  kbcmSaas2021: {
    publisher: 'KeyBanc Capital Markets',
    title: 'SaaS Survey 2021',
    year: 2021,
  },
  uukHigherEducation2023: {
    publisher: 'Universities UK',
    title: 'Higher education in facts and figures 2022-23',
    year: 2023,
  },
  govUkLocalAuthority2025: {
    publisher: 'UK Ministry of Housing, Communities and Local Government',
    title: 'Local authority revenue expenditure and financing, England 2024-25',
    year: 2025,
  },
  fdicBanks2024: {
    publisher: 'FDIC (via ABA Banking Journal)',
    title: 'Quarterly Banking Profile, Q4 2024',
    year: 2025,
  },
  redcarCouncil2020: {
    publisher: 'BBC News',
    title: 'Redcar and Cleveland Council ransomware attack cost 10.4M GBP',
    year: 2020,
  },
  cyberSecurityBreachesSurvey2025: {
    publisher: 'UK Department for Science, Innovation and Technology',
    title: 'Cyber Security Breaches Survey 2025',
    year: 2025,
    url: 'https://www.gov.uk/government/statistics/cyber-security-breaches-survey-2025',
  },
  accountableHqCyberCost: {
    publisher: 'AccountableHQ',
    title: 'Healthcare Cyber Insurance Cost in 2024: Average Premiums, Key Factors, and Ways to Save',
    year: 2026,
    url: 'https://www.accountablehq.com/post/healthcare-cyber-insurance-cost-in-2024-average-premiums-key-factors-and-ways-to-save',
  },
  keeferWaitingPeriods2017: {
    publisher: 'Keefer Strategy',
    title: 'Prevent Your Cyber Insurance Policy from Blindsiding You (Part 4: Waiting Periods and Business Interruption)',
    year: 2017,
    url: 'https://www.keeferstrategy.com/keefer/news/2017/12/29/prevent-your-cyber-insurance-policy-from-blindsiding-you-part-4-waiting-periods-and-business-interruption',
  },
  cfcBusinessInterrupted2018: {
    publisher: 'CFC Underwriting',
    title: 'Business interrupted, part two',
    year: 2018,
    url: 'https://cfc.com/en-us/knowledge/resources/articles/2018/11/business-interrupted-part-two',
  },
  microsoftMfa2023: {
    publisher: 'Microsoft (Meyer, Romero, Bertoli, Burt, Weinert, Lavista Ferres)',
    title: 'How effective is multifactor authentication at deterring cyberattacks? (arXiv:2305.00945)',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.00945',
  },
  coalitionThreatIndex2025: {
    publisher: 'Coalition',
    title: 'Cyber Threat Index 2025',
    year: 2025,
    url: 'https://coalitioninc.com/blog/cyber-threat-index-2025',
  },
  atBayRansomware2024: { publisher: 'At-Bay', title: 'The 2024 InsurSec Report: Ransomware Edition', year: 2024, readVia: AASR },
  atBayInsurSec2025: { publisher: 'At-Bay', title: 'The 2025 InsurSec Report', year: 2025, readVia: AASR },
  atBayInsurSec2026: { publisher: 'At-Bay', title: 'InsurSec Report 2026', year: 2026, readVia: AASR },
  sophosCompromisedBackups2024: {
    publisher: 'Sophos',
    title: 'The impact of compromised backups on ransomware outcomes',
    year: 2024,
    url: 'https://news.sophos.com/pt-br/2024/03/26/the-impact-of-compromised-backups-on-ransomware-outcomes',
  },
  hhsEncryptionGuidance2009: {
    publisher: 'US Department of Health and Human Services',
    title: 'Guidance Specifying the Technologies and Methodologies That Render Protected Health Information Unusable, Unreadable, or Indecipherable to Unauthorized Individuals (74 FR 19006)',
    year: 2009,
  },
  akamaiSegmentation2023: {
    publisher: 'Akamai and Vanson Bourne',
    title: 'The State of Segmentation 2023',
    year: 2023,
    readVia: 'Akamai press release summaries (finance.yahoo.com, continuityinsights.com)',
  },
  knowBe4Phishing2025: {
    publisher: 'KnowBe4',
    title: '2025 Phishing by Industry Benchmarking Report',
    year: 2025,
    readVia: 'itpro.com summary',
  },
  ucsdPhishingTraining2025: {
    publisher: 'Ho et al., UC San Diego and University of Chicago (IEEE Symposium on Security and Privacy)',
    title: 'Understanding the Efficacy of Phishing Training in Practice',
    year: 2025,
    readVia: 'cybernews.com and homelandsecuritynewswire.com summaries',
  },
  ponemonEmailDlp2022: {
    publisher: 'Ponemon Institute',
    title: 'Email Data Loss Prevention: The Rising Need for Behavioral Intelligence',
    year: 2022,
    url: 'https://ponemonsullivanreport.com/2022/08/email-data-loss-prevention-the-rising-need-for-behavioral-intelligence/',
  },
  ponemonInsider2020: { publisher: 'Ponemon Institute', title: '2020 Cost of Insider Threats Global Report', year: 2020 },
  verizonDbir2025: {
    publisher: 'Verizon',
    title: '2025 Data Breach Investigations Report',
    year: 2025,
    readVia: 'press summaries of the report (verizon.com news release)',
  },
  irsPublication946: {
    publisher: 'US Internal Revenue Service',
    title: 'Publication 946, How to Depreciate Property (off-the-shelf computer software: 36 months)',
    year: 2024,
    url: 'https://www.irs.gov/publications/p946',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** "Publisher, Title (Year)": how a source is cited in the app, the CLI and the docs. */
export function citeSource(id: SourceId): string {
  const source: Source = SOURCES[id];
  return `${source.publisher}, ${source.title} (${source.year})`;
}
