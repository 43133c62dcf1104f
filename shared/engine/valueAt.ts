/**
 * A column's value at `index`, or `absent` if there is no column. Written so, not as
 * `column?.[index] ?? absent`: there V8's optimising compiler merged the loaded number with the
 * undefined of a missing column and so boxed every value read into a fresh heap number (60 MB of
 * garbage a million years in the engine's event loop); here the value stays a plain double.
 */
export function valueAt(column: Float64Array | null | undefined, index: number, absent: number): number {
  return column === null || column === undefined ? absent : (column[index] ?? absent);
}
