/**
 * `npm run report`: the main job. Prints a report computed with the library's public API from the embedded
 * data set. (The full report lives in src/report/; this entry point only parses the command line.)
 */
import { addMoney, money, subtractMoney, sumMoney } from '../index.js';

const lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
const total2013 = addMoney(money(7_730_000_000), money(46_330_000_000));
const gap2014 = subtractMoney(sumMoney([money(13_877_000_000), money(49_490_000_000)]), money(63_335_000_000));
process.stdout.write(
  lang === 'vi'
    ? `Khu vực phía Nam 2013: KCQG + KCĐP = ${total2013.dong} đồng\nKế hoạch 2014: các nguồn vượt tổng ${gap2014.dong} đồng\n`
    : `Southern region 2013: national + local = ${total2013.dong} đồng\nPlan 2014: components exceed the total by ${gap2014.dong} đồng\n`,
);
