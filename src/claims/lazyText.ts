import type { LocalizedText } from '../internal/messages.js';

/**
 * @internal A {@link LocalizedText} built the first time either language is read, then kept: a claim's
 * explanation costs nothing for a caller who reads only its verdict. Its `vi` and `en` are own enumerable
 * getters on a frozen object, so `JSON.stringify`, spreading and deep equality see the two strings as usual.
 * `build` must be pure (it runs at most once, whenever the text is first read).
 */
export function lazyText(build: () => LocalizedText): LocalizedText {
  let built: LocalizedText | undefined;
  return Object.freeze({
    get vi(): string {
      return (built ??= build()).vi;
    },
    get en(): string {
      return (built ??= build()).en;
    },
  });
}
