/**
 * Objects that refuse unknown fields: a typo must never be ignored silently. The allowed
 * field names travel in the issue's message so the formatter can list them and suggest the
 * nearest one.
 */
import * as z from 'zod';

export const ALLOWED_FIELDS_PREFIX = 'allowed:';

export function strict<Shape extends z.ZodRawShape>(shape: Shape): z.ZodObject<Shape, z.core.$strict> {
  const allowed = Object.keys(shape).join(',');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `${ALLOWED_FIELDS_PREFIX}${allowed}` : undefined),
  });
}
