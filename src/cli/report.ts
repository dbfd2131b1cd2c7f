/**
 * `npm run report [-- --lang en] [-- --json]`: prints the report computed by src/report/ (pure functions over
 * the library's public API). This file only reads the command line, writes to stdout/stderr and sets the exit
 * code; it reads and writes no files and uses no network.
 */
import { buildReport, parseReportArgs, renderReport, REPORT_USAGE } from '../report/index.js';

const command = parseReportArgs(process.argv.slice(2));
if (command.kind === 'error') {
  process.stderr.write(`${command.message}\n`);
  process.exitCode = 2;
} else if (command.kind === 'help') {
  process.stdout.write(`${REPORT_USAGE[command.locale]}\n`);
} else {
  const report = buildReport();
  if (command.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const color = command.color === 'auto' ? process.stdout.isTTY && process.env['NO_COLOR'] === undefined : command.color;
    process.stdout.write(renderReport(report, { locale: command.locale, color }));
  }
}
