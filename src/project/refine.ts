import type * as z from 'zod';
import type { ErrorCode } from '../internal/errorCodes.js';
import type { LocalizedText } from '../internal/messages.js';

/** Adds a bilingual custom issue to a zod refinement context. @internal */
export function report(
  ctx: z.core.$RefinementCtx,
  code: ErrorCode,
  message: LocalizedText,
  path: readonly (string | number)[],
): void {
  ctx.addIssue({ code: 'custom', message: code, params: { code, vi: message.vi, en: message.en }, path: [...path] });
}

/** Reports each repeated key of a list, at the repeated element's path. @internal */
export function reportDuplicates<T>(
  ctx: z.core.$RefinementCtx,
  items: readonly T[],
  key: (item: T) => string,
  at: readonly (string | number)[],
  field: string,
  message: (value: string) => LocalizedText,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) report(ctx, 'project.duplicate', message(k), [...at, i, field]);
    seen.add(k);
  });
}
