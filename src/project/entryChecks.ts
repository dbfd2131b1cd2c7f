/**
 * The entry checks of the functions that read a parsed đề án's budget or a parsed plan (issue 14, the sweep's
 * typed core): cheap structural reads, linear in the lines the function walks anyway, never a schema parse.
 * Each field is read once, inside a guard, into plain data.
 */
import { fail } from '../internal/errors.js';
import type { IssuePath } from '../internal/errors.js';
import { showValue, valueKind } from '../internal/showValue.js';
import { isMoney, type Money } from '../quantity/Money.js';
import type { FundSourceId } from './catalogues.js';
import type { BudgetLine } from './DeAn.js';

/** The fields of a record read inside a guard; `undefined` when it is not a record or a read throws. */
function fields(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (valueKind(value) !== 'object') return undefined;
  try {
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = (value as Record<string, unknown>)[k];
    return out;
  } catch {
    return undefined; // a revoked Proxy or a getter that throws
  }
}

/** The elements of an array read inside a guard; `undefined` when it is not an array or a read throws. */
function elements(value: unknown): unknown[] | undefined {
  if (valueKind(value) !== 'array') return undefined;
  try {
    return Array.from(value as readonly unknown[]);
  } catch {
    return undefined;
  }
}

const AMOUNTS = ['approved', 'advanced', 'disbursed', 'settled'] as const;

function invalidDeAn(value: unknown, path: IssuePath): never {
  return fail(
    'project.invalid-de-an',
    {
      vi: `Cần một đề án đã đọc bằng parseDeAn, có budget là mảng các dòng { source, approved, advanced, disbursed, settled } (số tiền Money); nhận được ${showValue(value, 60)}.`,
      en: `Expected a đề án read with parseDeAn, whose budget is an array of lines { source, approved, advanced, disbursed, settled } (Money amounts); received ${showValue(value, 60)}.`,
    },
    path,
  );
}

/**
 * @internal The budget lines of a đề án argument, read once into plain data: `project.invalid-de-an` (path: the
 * đề án's, then `budget` and the line) unless it is an object whose `budget` is an array of lines with a string
 * `source` and four {@link Money} amounts. Linear in the number of lines.
 */
export function budgetOf(deAn: unknown, path: IssuePath = []): readonly BudgetLine[] {
  const d = fields(deAn, ['budget']);
  if (d === undefined) return invalidDeAn(deAn, path);
  const lines = elements(d['budget']);
  if (lines === undefined) return invalidDeAn(d['budget'], [...path, 'budget']);
  return lines.map((line, i) => {
    const l = fields(line, ['source', ...AMOUNTS]);
    if (l === undefined || typeof l['source'] !== 'string' || !AMOUNTS.every((a) => isMoney(l[a]))) return invalidDeAn(line, [...path, 'budget', i]);
    return l as unknown as BudgetLine;
  });
}

/**
 * @internal A plan argument read once into plain data: its đề án's budget lines (each checked by
 * {@link budgetOf}, path `deAn` and the index) and its totals by source; `project.invalid-plan` unless it is an
 * object whose `deAn` and `totals` are arrays and each total is `{ source: string, amount: Money }`. Linear.
 */
export function planOf(plan: unknown): { readonly budgets: readonly (readonly BudgetLine[])[]; readonly totals: readonly { readonly source: FundSourceId; readonly amount: Money }[] } {
  const bad = (value: unknown, path: IssuePath): never =>
    fail(
      'project.invalid-plan',
      {
        vi: `Cần một kế hoạch đã đọc bằng parsePlan, có deAn là mảng đề án và totals là mảng { source, amount }; nhận được ${showValue(value, 60)}.`,
        en: `Expected a plan read with parsePlan, whose deAn is an array of đề án and totals an array of { source, amount }; received ${showValue(value, 60)}.`,
      },
      path,
    );
  const p = fields(plan, ['deAn', 'totals']);
  if (p === undefined) return bad(plan, []);
  const deAn = elements(p['deAn']);
  if (deAn === undefined) return bad(p['deAn'], ['deAn']);
  const totals = elements(p['totals']);
  if (totals === undefined) return bad(p['totals'], ['totals']);
  return {
    budgets: deAn.map((d, i) => budgetOf(d, ['deAn', i])),
    totals: totals.map((t, i) => {
      const x = fields(t, ['source', 'amount']);
      if (x === undefined || typeof x['source'] !== 'string' || !isMoney(x['amount'])) return bad(t, ['totals', i]);
      return x as { source: FundSourceId; amount: Money };
    }),
  };
}
