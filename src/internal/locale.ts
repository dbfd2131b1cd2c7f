import { KhuyenCongError } from './errors.js';
import { quote, type Locale } from './messages.js';
import { showValue } from './showValue.js';

/**
 * A language tag a caller may pass as `{ locale }`: a BCP 47 tag whose language is Vietnamese or English.
 * The type lists the canonical spellings; at run time {@link resolveLocale} also accepts them in any letter
 * case or with `_` (a tag read from an `Accept-Language` header or a form), and reduces each to the
 * {@link Locale} the text is written in.
 * @category Core
 */
export type LocaleTag =
  | Locale
  | 'vi-VN'
  | 'en-US'
  | 'en-GB'
  | 'en-AU'
  | 'en-CA'
  | 'en-NZ'
  | 'en-IE'
  | 'en-SG'
  | 'en-IN';

/** The tags accepted, in lower case: the language alone or with a region the library knows. */
const ACCEPTED: Readonly<Record<string, Locale>> = Object.freeze({
  vi: 'vi',
  'vi-vn': 'vi',
  en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
  'en-au': 'en',
  'en-ca': 'en',
  'en-nz': 'en',
  'en-ie': 'en',
  'en-sg': 'en',
  'en-in': 'en',
});

/**
 * The one locale resolver: every export that writes text passes its `{ locale }` option here. Accepts
 * Vietnamese and English BCP 47 tags in any letter case (`'vi'`, `'vi-VN'`, `'en'`, `'en-US'`, `'en-GB'`, …,
 * with `-` or `_`); `undefined` is Vietnamese. Anything else (`'fr'`, `'english'`, `''`, a number) is refused:
 * writing Vietnamese notation under an English tag (or the reverse) would change what a number means.
 * @param input - the caller's tag, or `undefined`.
 * @returns `'vi'` or `'en'`.
 * @throws {@link KhuyenCongError} `locale.unsupported` (path `['locale']`) for any other value.
 * @category Core
 * @example
 * resolveLocale('en-US'); // 'en'
 * resolveLocale(undefined); // 'vi'
 */
export function resolveLocale(input: unknown): Locale {
  if (input === undefined) return 'vi';
  if (typeof input === 'string' && input.length <= 35) {
    const key = input.toLowerCase().replace('_', '-');
    if (Object.hasOwn(ACCEPTED, key)) return ACCEPTED[key] as Locale;
  }
  const shown = typeof input === 'string' ? quote(input, 40) : showValue(input, 40);
  throw new KhuyenCongError([
    {
      code: 'locale.unsupported',
      path: ['locale'],
      message: {
        vi: `Ngôn ngữ ${shown} không được hỗ trợ: dùng 'vi' (hoặc 'vi-VN') hay 'en' (hoặc 'en-US', 'en-GB').`,
        en: `The locale ${shown} is not supported: use 'vi' (or 'vi-VN') or 'en' (or 'en-US', 'en-GB').`,
      },
    },
  ]);
}
