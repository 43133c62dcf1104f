/**
 * A tower written on one line, as brokers say it: "1M xs 250k, 4M xs 1.25M" is a 1M layer
 * attaching at 250k and a 4M layer attaching at 1.25M, listed from the bottom up and named
 * "Layer 1", "Layer 2"... This file reads the text; whether the layers fit together (no
 * overlaps, no unintended gaps) is decided by the insurance schema itself (programme.ts).
 */
import { MAX_LAYERS } from '../scenario/insuranceSchema';
import { AMOUNT_EXAMPLES, parseAmount } from './amount';

export type SpecLayer = Readonly<{ name: string; attachment: number; limit: number; /** As the user wrote it, for messages. */ text: string }>;

export type LayerSpecResult = Readonly<{ ok: true; layers: readonly SpecLayer[] }> | Readonly<{ ok: false; problems: readonly string[] }>;

export const LAYER_SPEC_EXAMPLE = '1M xs 250k, 4M xs 1.25M';

const LAYER = /^(\S+)\s+xs\s+(\S+)$/i;

export function layerName(index: number): string {
  return `Layer ${index + 1}`;
}

export function parseLayerSpec(spec: string): LayerSpecResult {
  if (spec.trim() === '') return { ok: false, problems: [`no layers given; write them like "${LAYER_SPEC_EXAMPLE}"`] };
  const parts = spec.split(',').map((part) => part.trim());
  const problems: string[] = [];
  const layers: SpecLayer[] = [];
  if (parts.length > MAX_LAYERS) problems.push(`${parts.length} layers given; a tower has at most ${MAX_LAYERS}`);
  parts.forEach((text, index) => {
    const label = `layer ${index + 1}`;
    if (text === '') {
      problems.push(`${label} is empty (a stray comma?)`);
      return;
    }
    const match = LAYER.exec(text);
    if (!match) {
      problems.push(`${label} ("${text}") must be written "<limit> xs <attachment>", such as "4M xs 1.25M"`);
      return;
    }
    const [, limitText = '', attachmentText = ''] = match;
    const limit = parseAmount(limitText);
    const attachment = parseAmount(attachmentText);
    for (const [role, raw, value] of [['limit', limitText, limit], ['attachment', attachmentText, attachment]] as const) {
      if (value === undefined || value < 0) problems.push(`${label} ("${text}") ${role} "${raw}" is not an amount; write it like ${AMOUNT_EXAMPLES}`);
    }
    if (limit !== undefined && attachment !== undefined) layers.push({ name: layerName(index), attachment, limit, text });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, layers };
}
