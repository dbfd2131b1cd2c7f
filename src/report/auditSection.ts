import type { Finding } from '../index.js';
import { seedOf } from './published.js';
import type { AuditSection, FindingRow } from './Report.js';

/**
 * The audit findings as report rows, with counts by verdict.
 * @param findings - the findings of `auditReports`.
 * @returns the audit section.
 */
export function auditSection(findings: readonly Finding[]): AuditSection {
  const rows: FindingRow[] = findings.map((f) => ({
    check: f.check,
    report: f.report,
    seed: seedOf(f.report),
    ...(f.against === undefined ? {} : { against: f.against }),
    status: f.status,
    ...(f.result.status === 'cannot-check' ? {} : { unit: f.result.unit, difference: f.result.difference.toString(), gap: f.result.gap.toString() }),
    message: { vi: f.message.vi, en: f.message.en },
    ...(f.note === undefined ? {} : { note: { vi: f.note.vi, en: f.note.en } }),
  }));
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  return { findings: rows, counts: { consistent: count('consistent'), inconsistent: count('inconsistent'), cannotCheck: count('cannot-check') } };
}
