/**
 * The raw per-trial file: every simulated year's annual loss, one row each (`Year,Annual loss
 * (USD)`, years numbered from 1 in simulation order), as RFC 4180 CSV like the per-table files.
 * It can be large (about 20 bytes a year: 10 million years is some 200 MB), so it is produced in
 * chunks, and its exact size in bytes can be stated before a byte of it is written.
 * The losses come from runScenario(scenario, { keepAnnualLosses: true }).annualLosses.
 */
import { csvCell, plainNumber } from '../format/csv';
import { CSV_LINE_END } from './tableCsv';
import { moneyHeader } from './table';

export const RAW_FILE_NAME = 'annual-losses.csv';

/** Years in each chunk: big enough to write quickly, small enough to hold a few MB at a time. */
const ROWS_PER_CHUNK = 65_536;

function headerLine(currency: string): string {
  return `Year,${csvCell(moneyHeader('Annual loss', currency))}${CSV_LINE_END}`;
}

const row = (index: number, loss: number): string => `${index + 1},${plainNumber(loss)}${CSV_LINE_END}`;

/** The file's text in chunks, in order; joined, they are the whole file. */
export function* rawAnnualLossesCsvChunks(annualLosses: Float64Array, currency: string): Generator<string, void, undefined> {
  yield headerLine(currency);
  for (let start = 0; start < annualLosses.length; start += ROWS_PER_CHUNK) {
    const end = Math.min(annualLosses.length, start + ROWS_PER_CHUNK);
    let chunk = '';
    for (let i = start; i < end; i += 1) chunk += row(i, annualLosses[i] ?? 0);
    yield chunk;
  }
}

/** The whole file as one string (fine for thousands of years; use the chunks for millions). */
export function rawAnnualLossesCsv(annualLosses: Float64Array, currency: string): string {
  return [...rawAnnualLossesCsvChunks(annualLosses, currency)].join('');
}

/** Bytes a string takes in UTF-8. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The exact size in bytes of the file rawAnnualLossesCsvChunks writes, without building it. */
export function rawAnnualLossesCsvByteLength(annualLosses: Float64Array, currency: string): number {
  let bytes = utf8ByteLength(headerLine(currency));
  // Rows are ASCII: digits, '.', '-', ',' and CRLF.
  for (let i = 0; i < annualLosses.length; i += 1) bytes += String(i + 1).length + 1 + plainNumber(annualLosses[i] ?? 0).length + CSV_LINE_END.length;
  return bytes;
}
