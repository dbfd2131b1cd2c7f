// Read amounts as Vietnamese texts write them, add them exactly, and write the result in both languages.
// In your project: import { … } from 'khuyen-cong';
import { addMoney, formatMoney, parseQuantity, quantityToMoney, safeParseQuantity } from '../../src/index.js';

// Seed 003: national and local khuyến công funds of the southern provinces, 2013.
const national = quantityToMoney(parseQuantity('7,73 tỷ đồng'));
const local = quantityToMoney(parseQuantity('46,33 tỷ đồng'));
const total = addMoney(national, local);
console.log(total.dong); // whole đồng, exact
console.log(formatMoney(total), '/', formatMoney(total, { locale: 'en' }));

// A published figure stands for every value that rounds to it.
const stated = parseQuantity('54,06 tỷ đồng');
console.log(stated.interval.lo?.value.toString(), stated.interval.hi?.value.toString());

// Bad input: safeParseQuantity never throws; the error speaks both languages and names the problem.
const bad = safeParseQuantity('1,2,3 tỷ đồng');
if (!bad.success) {
  console.log(bad.error.issues[0]?.code);
  console.log(bad.error.messagesIn('vi')[0]);
  console.log(bad.error.messagesIn('en')[0]);
}
