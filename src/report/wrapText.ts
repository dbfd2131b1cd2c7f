import { displayWidth } from './displayWidth.js';

/**
 * Wraps a paragraph at spaces so that no line is wider than `width` display columns (a single word wider
 * than that stays whole on its own line).
 * @param s - the paragraph.
 * @param width - the maximum line width in columns.
 * @param indent - text put before every line (counted in the width).
 * @param hang - text put before every line after the first, instead of `indent` (a hanging indent).
 * @returns the lines joined with `\n`.
 */
export function wrapText(s: string, width: number, indent = '', hang = indent): string {
  const lines: string[] = [];
  let line = '';
  for (const word of s.normalize('NFC').split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    const lead = lines.length === 0 ? indent : hang;
    if (line !== '' && displayWidth(lead + candidate) > width) {
      lines.push(lead + line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push((lines.length === 0 ? indent : hang) + line);
  return lines.join('\n');
}
