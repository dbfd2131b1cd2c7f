import { noAnswer, ok, type Result } from '../internal/result.js';
import { showValue } from '../internal/showValue.js';
import { projectMessages as m } from './messages.js';

const TAX_CODE = /^\d{10}(?:-\d{3})?$/;
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * Why a text is not a Vietnamese tax code (mã số thuế) of an organisation.
 * @category Projects
 */
export type TaxCodeFailure = 'format' | 'sequence' | 'branch' | 'checksum';

/**
 * The result of {@link checkTaxCode}, a `Result`: `{ ok: true, value }` with the code, or `{ ok: false, reason }`
 * with the first failure as `reason.code` and a bilingual message.
 * @category Projects
 */
export type TaxCodeCheck = Result<string, TaxCodeFailure>;

/**
 * Checks a Vietnamese organisation tax code (mã số thuế): 10 digits, or 10 digits, '-' and a 3-digit
 * branch number (001–999). The 7-digit sequence (digits 3–9) is not 0000000, and the 10th digit is the
 * check digit of the first nine: 10 − (Σ wᵢ·dᵢ mod 11) with weights 31, 29, 23, 19, 17, 13, 7, 5, 3.
 * The checksum rule was verified against two independent open-source validators and their test lists
 * (python-stdnum `stdnum/vn/mst.py`, stdnum-js `src/vn/mst.ts`), not against a legal text; see
 * docs/projects.md. 12-digit personal codes are not accepted here.
 * @param text - the code as written, for example `'0100233488'` or `'0314409058-002'`.
 * @returns `{ ok: true, value }` with the code, or the first reason it fails (`reason.code`).
 * @category Projects
 * @example
 * checkTaxCode('0100233488'); // { ok: true, value: '0100233488' }
 * checkTaxCode('0100233480').reason?.code; // 'checksum'
 */
export function checkTaxCode(text: string): TaxCodeCheck {
  // A non-string (a number from a spreadsheet cell, a hostile object) is not coerced: leading zeros would be lost.
  if (typeof text !== 'string' || !TAX_CODE.test(text)) return refused('format', typeof text === 'string' ? text : showValue(text));
  if (text.slice(2, 9) === '0000000') return refused('sequence', text);
  if (text.length === 14 && text.endsWith('000')) return refused('branch', text);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(text[i]), 0);
  const check = 10 - (sum % 11);
  return check === Number(text[9]) ? ok(text) : refused('checksum', text);
}

function refused(reason: TaxCodeFailure, shown: string): TaxCodeCheck {
  return noAnswer(reason, m.taxCode({ input: shown, reason }));
}
