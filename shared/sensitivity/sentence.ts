/**
 * The top three drivers in one sentence: "What moves the expected annual loss most: X (from A
 * to B), then Y, then Z.", where A and B are the expected annual loss with X at its low and at
 * its high. Inputs that do not move the expected loss at all are never named.
 */
import type { TornadoRow } from './tornado';

export function topDriversSentence(tornado: readonly TornadoRow[], money: (value: number) => string): string {
  const movers = tornado.filter((row) => row.swing > 0).slice(0, 3);
  const [first, ...rest] = movers;
  if (!first) {
    return tornado.length === 0
      ? 'No input is uncertain, so nothing moves the expected annual loss.'
      : 'None of the uncertain inputs moves the expected annual loss.';
  }
  const lead = `${first.label} (from ${money(first.lowResult.mean)} to ${money(first.highResult.mean)})`;
  return `What moves the expected annual loss most: ${[lead, ...rest.map((row) => row.label)].join(', then ')}.`;
}
