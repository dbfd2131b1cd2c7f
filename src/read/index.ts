export { MAX_READ_TEXT_LENGTH, readFigures, type ReadFiguresOptions } from './readFigures.js';
export type { FigureFlag, FigureMeasure, FigureNoun, FigurePeriod, FigurePlace, TextFigure, TextSpan } from './TextFigure.js';
