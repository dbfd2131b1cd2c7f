const TAX_CODE = /^\d{10}(?:-\d{3})?$/;
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * Why a text is or is not a Vietnamese tax code (mã số thuế) of an organisation.
 * @category Projects
 */
export type TaxCodeCheck =
  | { readonly valid: true }
  | { readonly valid: false; readonly reason: 'format' | 'sequence' | 'branch' | 'checksum' };

/**
 * Checks a Vietnamese organisation tax code (mã số thuế): 10 digits, or 10 digits, '-' and a 3-digit
 * branch number (001–999). The 7-digit sequence (digits 3–9) is not 0000000, and the 10th digit is the
 * check digit of the first nine: 10 − (Σ wᵢ·dᵢ mod 11) with weights 31, 29, 23, 19, 17, 13, 7, 5, 3.
 * The checksum rule was verified against two independent open-source validators and their test lists
 * (python-stdnum `stdnum/vn/mst.py`, stdnum-js `src/vn/mst.ts`), not against a legal text; see
 * docs/projects.md. 12-digit personal codes are not accepted here.
 * @param text - the code as written, for example `'0100233488'` or `'0314409058-002'`.
 * @returns `{ valid: true }` or the first reason it fails.
 * @category Projects
 * @example
 * checkTaxCode('0100233488'); // { valid: true }
 * checkTaxCode('0100233480'); // { valid: false, reason: 'checksum' }
 */
export function checkTaxCode(text: string): TaxCodeCheck {
  // A non-string (a number from a spreadsheet cell, a hostile object) is not coerced: leading zeros would be lost.
  if (typeof text !== 'string' || !TAX_CODE.test(text)) return { valid: false, reason: 'format' };
  if (text.slice(2, 9) === '0000000') return { valid: false, reason: 'sequence' };
  if (text.length === 14 && text.endsWith('000')) return { valid: false, reason: 'branch' };
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(text[i]), 0);
  const check = 10 - (sum % 11);
  return check === Number(text[9]) ? { valid: true } : { valid: false, reason: 'checksum' };
}
