/** Messages between the quote command and its worker threads (structured-cloned plain data). */
import type { OrganisationQuote } from '../../shared/portfolio/quote';

/** One organisation to simulate; the worker validates the scenario again, as any input boundary does. */
export type QuoteJob = Readonly<{ index: number; scenario: unknown; trials: number | undefined; seed: number | undefined }>;

export type WorkerReply =
  | Readonly<{ type: 'ready' }>
  | Readonly<{ type: 'quoted'; index: number; quote: OrganisationQuote }>
  | Readonly<{ type: 'failed'; index: number; message: string }>;
