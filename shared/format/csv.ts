/**
 * CSV in and out. Reading: double-quoted fields may hold commas, doubled quotes and line
 * breaks; fields are trimmed; records with nothing in them are skipped; each record knows the
 * 1-based line of the text where it starts. Writing: one cell at a time, safe to open in a
 * spreadsheet.
 */

export type CsvRecord = Readonly<{ line: number; fields: string[] }>;

/**
 * Parses CSV text into records with the line each starts on (line breaks inside quotes count;
 * \n, \r\n and a lone \r each end a line). A leading byte-order mark is skipped.
 */
export function csvRecordsWithLines(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = (): void => {
    record.push(field.trim());
    if (record.some((value) => value !== '')) records.push({ line: recordLine, fields: record });
    record = [];
    field = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        field += char;
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
      }
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field.trim());
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else field += char;
  }
  endRecord();
  return records;
}

/** Parses CSV text into records (lists of fields). */
export function csvRecords(text: string): string[][] {
  return csvRecordsWithLines(text).map((record) => record.fields);
}

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) gets a leading apostrophe; numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as plain decimal digits at full precision: the shortest text that reads back as the
 * same number, with any exponent written out (5e-7 becomes 0.0000005), for tools that do not
 * read exponents. Not-a-number and infinities are written as JavaScript names them.
 */
export function plainNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponentText = '0'] = match;
  const digits = lead + fraction;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  return digits.length > exponent + 1 ? `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}` : `${sign}${digits.padEnd(exponent + 1, '0')}`;
}
