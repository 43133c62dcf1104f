/**
 * A strict RFC 4180 reader for the export tests, independent of the app's own CSV code: records
 * end in CRLF (the last one too), fields are either bare (no quote, comma, CR or LF) or wholly
 * quoted with inner quotes doubled, and nothing is trimmed. Anything else throws.
 */
export function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside a bare field at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i += 1;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`);
    }
  }
  if (record.length > 0) throw new Error('the last record does not end in CRLF');
  return records;
}

/** Header and rows of a CSV file; every row must have as many fields as the header. */
export function csvTable(text: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseRfc4180(text);
  if (!header) throw new Error('no header');
  for (const row of rows) if (row.length !== header.length) throw new Error(`a row of ${row.length} fields under a header of ${header.length}`);
  return { header, rows };
}

/** A CSV field as the number it holds (an empty field is null); exact, no rounding. */
export function csvNumber(field: string): number | null {
  if (field === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(field)) throw new Error(`not a plain decimal: ${field}`);
  return Number(field);
}
