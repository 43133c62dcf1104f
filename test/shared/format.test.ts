/** Money and probabilities formatted for people, in the scenario's currency and the reader's locale. */
import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, formatProbability, returnPeriodYears } from '../../shared/format/numbers';

describe('number formatting', () => {
  it('writes money in full or compact, the local way', () => {
    expect(formatMoney(1_234_567, 'USD', 'en-US')).toBe('$1,234,567');
    expect(formatMoney(1_234_567, 'USD', 'en-US', 'compact')).toBe('$1.23M');
    expect(formatMoney(1_200_000, 'GBP', 'en-GB', 'compact')).toBe('£1.2m');
    expect(formatMoney(1_200_000, 'EUR', 'de-DE', 'compact')).toBe('1,2\u00a0Mio.\u00a0€');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0');
  });
  it('writes probabilities as percentages, with a decimal for small ones and a floor for tiny ones', () => {
    expect(formatProbability(0.31, 'en-US')).toBe('31%');
    expect(formatProbability(0.05, 'en-US')).toBe('5.0%');
    expect(formatProbability(0.0004, 'en-US')).toBe('< 0.1%');
    expect(formatProbability(0, 'en-US')).toBe('0.0%');
  });
  it('writes counts and return periods', () => {
    expect(formatCount(19_000, 'en-US')).toBe('19,000');
    expect(formatCount(1_500_000, 'en-US', 'compact')).toBe('1.5M');
    expect(returnPeriodYears(0.05)).toBe(20);
    expect(returnPeriodYears(0)).toBe(Infinity);
  });
});
