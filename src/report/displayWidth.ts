/**
 * Terminal text width. Vietnamese text may arrive decomposed (a base letter followed by combining marks:
 * "ệ" as e + U+0323 + U+0302), which `String.length` counts as three. The width used to align columns is the
 * number of code points after NFC normalisation, with any combining mark that did not compose counted as 0.
 */

const COMBINING = /\p{M}/u;

/**
 * The number of terminal columns a text takes: NFC code points, combining marks counting 0.
 * @param s - the text (one line).
 * @returns its width in columns.
 * @category Report
 * @example
 * displayWidth('Bạc Liêu');                  // 8
 * displayWidth('Bạc Liêu'.normalize('NFD')); // 8 (its .length is 10)
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s.normalize('NFC')) if (!COMBINING.test(ch)) width += 1;
  return width;
}

/** Which side of a column its cells keep to. @category Report */
export type Align = 'left' | 'right';

/**
 * Pads a text with spaces to a display width (NFC-normalised first); a longer text is left as it is.
 * @param s - the text.
 * @param width - the width to reach, in columns.
 * @param align - `'left'` pads on the right, `'right'` pads on the left.
 * @returns the padded, NFC-normalised text.
 * @category Report
 * @example
 * padDisplay('Tổng', 6, 'right'); // '  Tổng'
 */
export function padDisplay(s: string, width: number, align: Align): string {
  const nfc = s.normalize('NFC');
  const pad = ' '.repeat(Math.max(0, width - displayWidth(nfc)));
  return align === 'left' ? nfc + pad : pad + nfc;
}
