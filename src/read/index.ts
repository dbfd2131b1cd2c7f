export { MAX_READ_TEXT_LENGTH, readFigures, type ReadFiguresOptions } from './readFigures.js';
export type { FigureFlag, FigureMeasure, FigureNoun, FigurePeriod, FigurePlace, TextFigure, TextSpan } from './TextFigure.js';
export { auditText, type AuditTextOptions, type TextAudit, type TextClaim, type TextClaimKind, type TextFinding } from './auditText.js';
