import { describe, expect, it } from 'vitest';
import { valueAt } from '../../shared/engine/valueAt';

describe('valueAt', () => {
  const column = Float64Array.from([0.25, -0, 3]);

  it('reads the value at the index of a column that is there', () => {
    expect(valueAt(column, 0, 1)).toBe(0.25);
    expect(valueAt(column, 2, 1)).toBe(3);
    expect(Object.is(valueAt(column, 1, 1), -0)).toBe(true);
  });

  it('gives the absent value for a missing column, null or undefined', () => {
    expect(valueAt(null, 0, 1)).toBe(1);
    expect(valueAt(undefined, 5, 0.5)).toBe(0.5);
  });

  it('gives the absent value past the end of a column', () => {
    expect(valueAt(column, 3, 7)).toBe(7);
  });
});
