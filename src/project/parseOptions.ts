import type { ErrorCode } from '../internal/errorCodes.js';
import { text, type LocalizedText } from '../internal/messages.js';
import type { IssuesFromZodOptions } from '../schema/zodIssues.js';

/** The project area's keyed format messages, passed to every parse. @internal */
export const PROJECT_PARSE_OPTIONS: IssuesFromZodOptions = Object.freeze({
  messages: Object.freeze({
    'project.tax-code-format': text(
      "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số của đơn vị phụ thuộc.",
      "A tax code must be 10 digits, or 10 digits, '-' and a 3-digit branch number.",
    ),
    'project.province-code-format': text('Mã tỉnh phải gồm 2 chữ số.', 'A province code must be 2 digits.'),
  } satisfies Partial<Record<ErrorCode, LocalizedText>>),
});
