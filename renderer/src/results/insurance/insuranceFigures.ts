/** The insurance figures a buyer and an underwriter read first, in plain words. */
import type { InsuranceSummary } from '../../../../shared/insurance/summary';
import type { Formatters } from '../format';
import type { Figure } from '../HeadlineFigures';

export function insuranceFigures(insurance: InsuranceSummary, format: Formatters): readonly Figure[] {
  const premium = insurance.totalPremium;
  return [
    {
      id: 'expected-recovery',
      label: 'Expected recovery a year',
      value: format.moneyCompact(insurance.expectedRecovery),
      detail: `What the tower pays in an average year: ${format.money(insurance.expectedRecovery)}, the sum of the layers' expected losses.`,
      emphasis: true,
    },
    {
      id: 'chance-of-claim',
      label: 'Chance of a claim',
      value: format.probability(insurance.probabilityOfClaim),
      detail: 'Share of simulated years in which the insurance pays anything.',
    },
    {
      id: 'retained-mean',
      label: 'Kept by the organisation',
      value: format.moneyCompact(insurance.retained.mean),
      detail: `What stays with the organisation in an average year: ${format.money(insurance.retained.mean)}. Half of all years it keeps less than ${format.money(insurance.retained.p50)}.`,
    },
    {
      id: 'retained-1-in-20',
      label: 'Kept in a 1-in-20 year',
      value: format.moneyCompact(insurance.retained.p95),
      detail: `95th percentile of the retained loss: ${format.money(insurance.retained.p95)}; 1-in-100 year: ${format.money(insurance.retained.p99)}.`,
    },
    {
      id: 'premium',
      label: premium === null ? 'Technical premium' : `Technical premium (charged ${format.moneyCompact(premium)})`,
      value: format.moneyCompact(insurance.totalTechnicalPremium),
      detail: `Premium charged for the tower: ${premium === null ? 'not given for every layer' : format.money(premium)}. Technical premium from the simulated losses: ${format.money(insurance.totalTechnicalPremium)}.`,
    },
  ];
}
