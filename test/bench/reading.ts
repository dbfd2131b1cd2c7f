/**
 * Benchmark 6, reading: `readFigures` over 1 MB of article-like Vietnamese text (sentences written by the team
 * with the seed articles' figures, with years, dates, decree numbers and list numbering between them), against
 * a plain regex scan of the same text that only finds digit runs and the word after them. Goal: readFigures
 * reads at least 1 MB of text per second (issue 17), in wall time or, on a shared machine, in its own CPU time;
 * the ratio to the regex scan is reported.
 *
 * Before timing counts, the library's result is checked: the exact number of figures, and the value and span
 * of the last one.
 */
import { readFigures } from '../../src/index.js';
import { compare, ms, type Benchmark } from './harness.js';

const PARAGRAPH = [
  'Năm 2013, kinh phí khuyến công của các tỉnh phía Nam đạt 54,06 tỷ đồng, tăng 2,1% so với năm 2012; trong đó kinh phí khuyến công quốc gia 7,73 tỷ đồng cho 50 đề án, kinh phí khuyến công địa phương 46,33 tỷ đồng cho 237 đề án.',
  'Theo Nghị định 45/2012/NĐ-CP và Quyết định số 2948/QĐ-BCT ngày 29/12/2022, đợt 3 năm 2019 tỉnh Hà Tĩnh phê duyệt 06 đề án với tổng kinh phí 5.011 triệu đồng.',
  '1. Đến năm 2025, Bình Dương phấn đấu hỗ trợ hơn 75 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến và tổ chức 20 lớp tập huấn cho khoảng 800 người.',
  'Tổng kinh phí là 1 tỷ 650 triệu đồng; thu nhập bình quân 5,5 triệu đồng/người/tháng, kinh phí ước đạt hơn 2 tỷ đồng.',
].join('\n');
/** Figures per paragraph: 6 + 2 + 3 + 3 (no year, date, decree number or list number among them). */
const PER_PARAGRAPH = 14;

const REPEAT = Math.ceil(1_000_000 / Buffer.byteLength(PARAGRAPH + '\n', 'utf8'));
const TEXT = `${PARAGRAPH}\n`.repeat(REPEAT);
const MB = Buffer.byteLength(TEXT, 'utf8') / 1e6;
const SCAN = /\d+(?:[.,]\d+)*\s*\p{L}*/gu;

export const reading: Benchmark = {
  name: 'reading',
  title: `readFigures over ${MB.toFixed(2)} MB of article-like text against a plain regex scan`,
  goal: 'readFigures ≥ 1 MB/s, wall or own CPU time (the ratio to the regex scan is reported)',
  run: () => {
    const c = compare({
      library: { name: 'readFigures', run: () => readFigures(TEXT, { at: '2023-01-01' }) },
      baseline: { name: 'regex scan', run: () => TEXT.match(SCAN)?.length ?? 0 },
      checkLibrary: (figs) => {
        if (figs.length !== REPEAT * PER_PARAGRAPH) return `${String(figs.length)} figures, expected ${String(REPEAT * PER_PARAGRAPH)}`;
        const last = figs[figs.length - 1];
        if (last?.span.text !== 'hơn 2 tỷ đồng' || last.quantity?.value.toString() !== '2000000000') return `last figure ${last?.span.text ?? 'none'}`;
        return undefined;
      },
      rounds: 5,
      warmup: 1,
    });
    const mbps = MB / (c.libraryMs / 1000);
    // CPU time of this process, less sensitive than wall time to other processes on a shared machine.
    let cpu = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const c0 = process.cpuUsage();
      readFigures(TEXT, { at: '2023-01-01' });
      const d = process.cpuUsage(c0);
      cpu = Math.min(cpu, (d.user + d.system) / 1e6);
    }
    const cpuMbps = MB / cpu;
    return {
      status: 'done',
      lines: [
        `readFigures ${ms(c.libraryMs)} (${mbps.toFixed(2)} MB/s, ${String(REPEAT * PER_PARAGRAPH)} figures); regex scan ${ms(c.baselineMs)} (${(MB / (c.baselineMs / 1000)).toFixed(1)} MB/s)`,
        `ratio ${c.ratio.toFixed(1)}× (wall time); readFigures ${cpuMbps.toFixed(2)} MB/s of its own CPU time`,
      ],
      goalMet: mbps >= 1 || cpuMbps >= 1,
    };
  },
};
