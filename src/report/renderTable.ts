import { displayWidth, padDisplay, type Align } from './displayWidth.js';

/**
 * A table of text cells for a terminal: column headers with their alignment, and rows of cells.
 * @category Report
 */
export interface TextTable {
  readonly columns: readonly { readonly header: string; readonly align: Align }[];
  /** Each row has one cell per column (missing cells print empty). */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Options of {@link renderTable}.
 * @category Report
 */
export interface RenderTableOptions {
  /** Wrap the header in ANSI bold (only for a terminal that is a TTY). Default `false`. */
  readonly color?: boolean;
  /** Spaces before every line. Default 2. */
  readonly indent?: number;
}

const GAP = '  ';

/**
 * Lays out a table in aligned columns measured by display width (see {@link displayWidth}), with a rule
 * under the header. Trailing spaces are trimmed from every line.
 * @param table - the headers and rows.
 * @param options - colour and indent.
 * @returns the lines, joined with `\n`, without a final newline.
 * @category Report
 * @example
 * renderTable({ columns: [{ header: 'Tỉnh', align: 'left' }, { header: 'Mã', align: 'right' }], rows: [['Bạc Liêu', '95']] }, { indent: 0 });
 * // 'Tỉnh      Mã\n────────  ──\nBạc Liêu  95'
 */
export function renderTable(table: TextTable, options: RenderTableOptions = {}): string {
  const indent = ' '.repeat(options.indent ?? 2);
  const widths = table.columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...table.rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    (indent + table.columns.map((c, i) => padDisplay(cells[i] ?? '', widths[i] as number, c.align)).join(GAP)).trimEnd();
  const header = line(table.columns.map((c) => c.header));
  const rule = (indent + widths.map((w) => '─'.repeat(w)).join(GAP)).trimEnd();
  const bold = options.color === true ? `\u001b[1m${header}\u001b[22m` : header;
  return [bold, rule, ...table.rows.map(line)].join('\n');
}
