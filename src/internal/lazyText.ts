import type { LocalizedText } from './messages.js';

/** Where a lazy text keeps its builder, its source and, once read, the text: a non-enumerable own property. */
const STATE = Symbol('lazyText');

interface State {
  readonly build: (source: never) => LocalizedText;
  readonly source: unknown;
  built: LocalizedText | undefined;
}

type Lazy = { readonly [STATE]: State };

function read(o: Lazy): LocalizedText {
  const s = o[STATE];
  return (s.built ??= s.build(s.source as never));
}

/** The two getters, shared by every lazy text (no closure per text). */
const GETTERS: PropertyDescriptorMap = Object.freeze({
  vi: Object.freeze({
    enumerable: true,
    get(this: Lazy): string {
      return read(this).vi;
    },
  }),
  en: Object.freeze({
    enumerable: true,
    get(this: Lazy): string {
      return read(this).en;
    },
  }),
});

/**
 * @internal A {@link LocalizedText} built the first time either language is read, then kept: a claim's
 * explanation costs nothing for a caller who reads only its verdict. Its `vi` and `en` are own enumerable
 * getters on a frozen object, so `JSON.stringify`, spreading and deep equality see the two strings as usual (the
 * builder and its source sit in a non-enumerable symbol property). `build` must be pure (it runs at most once,
 * on `source`, whenever the text is first read); a top-level `build` and shared getters keep the check free of
 * closures (a closure per check cost more than the check itself).
 */
export function lazyText<S>(build: (source: S) => LocalizedText, source: S): LocalizedText {
  const o = {};
  Object.defineProperty(o, STATE, { value: { build, source, built: undefined } satisfies State });
  Object.defineProperties(o, GETTERS);
  return Object.freeze(o) as LocalizedText;
}
