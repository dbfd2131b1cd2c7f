/**
 * The message mechanism: every user-facing message is defined once with a Vietnamese and an English
 * rendering. Each domain area keeps its own catalogue (`src/<area>/messages.ts`) built with
 * {@link defineMessages}; tests pin the text.
 */

/** A supported output language. */
export type Locale = 'vi' | 'en';

/** A text in both languages, from one definition. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** A message template: one function per language over the same parameters. */
export interface MessageTemplate<P> {
  readonly vi: (params: P) => string;
  readonly en: (params: P) => string;
}

/** Builds a frozen catalogue; each entry renders to a {@link LocalizedText}. */
export function defineMessages<T extends Record<string, MessageTemplate<never>>>(
  templates: T,
): { readonly [K in keyof T]: T[K] extends MessageTemplate<infer P> ? (params: P) => LocalizedText : never } {
  const out: Record<string, (p: unknown) => LocalizedText> = {};
  for (const [code, t] of Object.entries(templates)) {
    const tpl = t as unknown as MessageTemplate<unknown>;
    out[code] = (p: unknown) => Object.freeze({ vi: tpl.vi(p), en: tpl.en(p) });
  }
  return Object.freeze(out) as never;
}

/** A label in both languages (static text). */
export function text(vi: string, en: string): LocalizedText {
  return Object.freeze({ vi, en });
}

/** Quotes a user's text for a message, shortened so that a hostile 100 000-character input stays readable. */
export function quote(input: string, max = 60): string {
  const s = input.length > max ? `${input.slice(0, max)}…` : input;
  return `"${s}"`;
}
