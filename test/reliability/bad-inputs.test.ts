/**
 * The catalogue of bad inputs: every public entry point × what hand-typed spreadsheets, OCR of scanned reports
 * and hostile form posts send → the expected error code and field path, or the documented result.
 *
 * Rules checked for every row: a rejection is a KhuyenCongError whose every issue has a code, a path and a
 * non-empty, different message in Vietnamese and English (under 2 000 characters even for a 100 000-character
 * input); a documented result is checked for its exact content; nothing else is thrown; `safeParseX` never
 * throws. See docs/reliability.md for what the tiers mean.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as kc from '../../src/index.js';
import * as st from '../../src/stats/index.js';
import {
  BAD_DATES,
  BLANK_TEXTS,
  expectBilingual,
  expectRejects,
  expectSafeFailure,
  HUGE,
  NON_STRINGS,
  POLLUTING_JSON,
  WRONG_TYPES,
} from './hostile.js';

type Expectation =
  | { readonly code: string; readonly path?: kc.IssuePath }
  | { readonly safe: string; readonly path?: kc.IssuePath }
  | { readonly doc: string; readonly check: (result: never) => void };

interface Row {
  readonly entry: string;
  readonly input: string;
  readonly run: () => unknown;
  readonly expect: Expectation;
}

const rows: Row[] = [];
const add = (entry: string, input: string, run: () => unknown, e: Expectation): void => {
  rows.push({ entry, input, run, expect: e });
};
const reject = (code: string, path?: kc.IssuePath): Expectation => (path === undefined ? { code } : { code, path });
const safeFail = (code: string, path?: kc.IssuePath): Expectation => (path === undefined ? { safe: code } : { safe: code, path });
const doc = <R>(text: string, check: (result: R) => void): Expectation => ({ doc: text, check: check as (r: never) => void });

const m = kc.money;
const any = (v: unknown): never => v as never;

// ---------------------------------------------------------------------------------------------------------
// Quantities

for (const [label, v] of NON_STRINGS) {
  add('parseQuantity', label, () => kc.parseQuantity(any(v)), reject('quantity.not-string', []));
  add('safeParseQuantity', label, () => kc.safeParseQuantity(v), safeFail('quantity.not-string', []));
}
for (const [label, v] of BLANK_TEXTS) {
  add('parseQuantity', label, () => kc.parseQuantity(v), reject('quantity.empty', []));
  add('safeParseQuantity', label, () => kc.safeParseQuantity(v), safeFail('quantity.empty', []));
}
add('parseQuantity', '100 000 characters', () => kc.parseQuantity(HUGE), reject('quantity.too-long', []));
add('safeParseQuantity', '100 000 characters', () => kc.safeParseQuantity(HUGE), safeFail('quantity.too-long', []));
add('parseQuantity', "'NaN'", () => kc.parseQuantity('NaN'), reject('quantity.no-number', []));
add('parseQuantity', "'Infinity tỷ đồng'", () => kc.parseQuantity('Infinity tỷ đồng'), reject('quantity.no-number', []));
add('parseQuantity', '__proto__', () => kc.parseQuantity('__proto__'), reject('quantity.no-number', []));
add('parseQuantity', 'past any budget (10^30 nghìn tỷ)', () => kc.parseQuantity(`${'9'.repeat(31)} nghìn tỷ đồng`), reject('quantity.too-large', []));
add('parseQuantity', "duplicated comma '54,,06 tỷ'", () => kc.parseQuantity('54,,06 tỷ đồng'), reject('quantity.unknown-unit', []));
add('parseQuantity', "'1,2,3 tỷ'", () => kc.parseQuantity('1,2,3 tỷ'), reject('quantity.two-decimal-commas', []));
add('parseQuantity', "Cyrillic 'о' in 'đồng'", () => kc.parseQuantity('54,06 tỷ đ\u043e\u0302\u0300ng'), reject('quantity.unknown-unit', []));
add('parseQuantity', 'options null', () => kc.parseQuantity('54,06 tỷ đồng', any(null)), doc('null options mean none', (q: kc.Quantity) => expect(q.value.toString()).toBe('54060000000')));
add('parseQuantity', 'aboutTolerance NaN', () => kc.parseQuantity('khoảng 5 tỷ', any({ aboutTolerance: Number.NaN })), reject('quantity.bad-option', ['aboutTolerance']));
add('parseQuantity', "aboutTolerance '2' (over 100%)", () => kc.parseQuantity('khoảng 5 tỷ', { aboutTolerance: '2' }), reject('quantity.bad-option', ['aboutTolerance']));
add('parseQuantity', 'nearlyTolerance JSON {"toString": 1}', () => kc.parseQuantity('gần 5 tỷ', any({ nearlyTolerance: JSON.parse('{"toString":1}') })), reject('quantity.bad-option', ['nearlyTolerance']));
add('safeParseQuantity', 'options a number', () => kc.safeParseQuantity('5 tỷ', any(7)), doc('non-object options are ignored', (r: kc.SafeParseResult<kc.Quantity>) => expect(r.success).toBe(true)));
// Look-alikes that mean the same text: NFD, Unicode spaces, full-width digits all read as the canonical figure (seed 003: 54,06 tỷ).
for (const [label, text] of [
  ['NFD', '54,06 tỷ đồng'.normalize('NFD')],
  ['non-breaking spaces U+00A0/U+202F', '54,06\u00a0tỷ\u202fđồng'],
  ['full-width digits and comma', '５４，０６ tỷ đồng'],
  ['trailing full stop', '54,06 tỷ đồng.'],
] as const) {
  add('parseQuantity', label, () => kc.parseQuantity(text), doc('same value as the canonical text', (q: kc.Quantity) => {
    expect(q.kind).toBe('money');
    expect(q.value.toString()).toBe('54060000000');
  }));
}
add('parseQuantity', "negative '-5 tỷ đồng'", () => kc.parseQuantity('-5 tỷ đồng'), doc('a signed amount is read as written (negative budgets are refused by parseSupportRequest)', (q: kc.Quantity) => expect(q.value.toString()).toBe('-5000000000')));

for (const [label, v] of WRONG_TYPES.filter(([, x]) => typeof x !== 'number' && typeof x !== 'bigint')) {
  add('money', label, () => kc.money(any(v)), reject('money.not-integer', ['dong']));
}
add('money', 'NaN', () => kc.money(Number.NaN), reject('money.not-integer', ['dong']));
add('money', 'Infinity', () => kc.money(Number.POSITIVE_INFINITY), reject('money.not-integer', ['dong']));
add('money', '0.5 đồng', () => kc.money(0.5), reject('money.not-integer', ['dong']));
add('money', '1e300 (past any budget)', () => kc.money(1e300), reject('money.out-of-range', []));
add('money', "'9'×40 digits", () => kc.money('9'.repeat(40)), reject('money.out-of-range', []));
add('money', '10^40 as bigint', () => kc.money(10n ** 40n), reject('money.out-of-range', []));
add('money', '100 000 digits', () => kc.money('9'.repeat(100_000)), reject('money.not-integer', ['dong']));
add('money', "' 12' (spaces)", () => kc.money(' 12'), reject('money.not-integer', ['dong']));
add('money', "full-width '１２３'", () => kc.money('１２３'), reject('money.not-integer', ['dong']));
add('money', "'1.000.000' (grouped)", () => kc.money('1.000.000'), reject('money.not-integer', ['dong']));
add('money', '-5 (negative)', () => kc.money(-5), doc('Money is signed: a negative amount is a valid difference', (r: kc.Money) => expect(r.dong).toBe(-5)));
add('addMoney', 'MAX + 1', () => kc.addMoney(m(kc.MAX_MONEY_DONG), m(1)), reject('money.out-of-range', []));
add('sumMoney', '[MAX, MAX]', () => kc.sumMoney([m(kc.MAX_MONEY_DONG), m(kc.MAX_MONEY_DONG)]), reject('money.out-of-range', []));
add('multiplyMoney', 'MAX × 2', () => kc.multiplyMoney(m(kc.MAX_MONEY_DONG), kc.ratio(2)), reject('money.out-of-range', []));
for (const [label, v] of [['0', 0], ['-1000', -1000], ['NaN', Number.NaN], ['0.5', 0.5], ['Infinity', Number.POSITIVE_INFINITY]] as const) {
  add('roundMoney', `multiple ${label}`, () => kc.roundMoney(m(1234), { multiple: v }), reject('money.bad-multiple'));
}

for (const [label, v] of WRONG_TYPES.filter(([, x]) => typeof x !== 'bigint' && !Number.isSafeInteger(x))) {
  add('ratio', label, () => kc.ratio(any(v)), reject(typeof v === 'string' ? 'ratio.not-decimal' : 'ratio.not-integer', ['value']));
}
add('ratio', 'denominator 0', () => kc.ratio(1, 0), reject('ratio.zero-denominator', ['denominator']));
add('ratio', 'denominator NaN', () => kc.ratio(1, Number.NaN), reject('ratio.not-integer', ['denominator']));
add('ratio', "decimal comma '0,5'", () => kc.ratio('0,5'), reject('ratio.not-decimal', ['value']));
add('ratio', "'1e5'", () => kc.ratio('1e5'), reject('ratio.not-decimal', ['value']));
add('ratio', '100 000 characters', () => kc.ratio(`1.${'3'.repeat(100_000)}`), reject('ratio.not-decimal', ['value']));
for (const [label, v] of [['NaN', Number.NaN], ['-1', -1], ['1.5', 1.5], ['10^6', 1e6], ['Infinity', Number.POSITIVE_INFINITY]] as const) {
  add('ratioToFixed', `decimals ${label}`, () => kc.ratioToFixed(kc.ratio(1, 3), v), reject('ratio.bad-decimals', ['decimals']));
}
add('percent', 'NaN', () => kc.percent(Number.NaN), reject('ratio.not-integer', ['value']));
add('percent', "'17,16' (comma)", () => kc.percent('17,16'), reject('ratio.not-decimal', ['value']));
add('percent', 'JSON {"toString": 1}', () => kc.percent(any(JSON.parse('{"toString":1}'))), reject('ratio.not-integer', ['value']));
for (const [label, v] of [['-1', -1], ['1.5', 1.5], ['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY], ['2^53', 2 ** 53], ['null', null], ['JSON {"toString": 1}', JSON.parse('{"toString":1}') as unknown]] as const) {
  add('count', label, () => kc.count(any(v), 'worker'), reject('count.invalid', ['value']));
}
for (const unit of ['bogus', '__proto__', 'constructor', 'toString', '', 'người']) {
  add('count', `unit '${unit}'`, () => kc.count(3, any(unit)), reject('count.unknown-unit', ['unit']));
}
for (const [label, v] of [['NaN', Number.NaN], ['-1', -1], ['21', 21], ['1.5', 1.5]] as const) {
  add('formatMoney', `decimals ${label}`, () => kc.formatMoney(m(1_234_567), { decimals: v }), reject('quantity.bad-decimals', ['decimals']));
  add('formatPercent', `decimals ${label}`, () => kc.formatPercent(kc.percent(5), { decimals: v }), reject('quantity.bad-decimals', ['decimals']));
}

// ---------------------------------------------------------------------------------------------------------
// Policy

for (const [label, v] of NON_STRINGS) {
  add('parseCitation', label, () => kc.parseCitation(any(v)), reject('citation.not-text', []));
  add('safeParseCitation', label, () => kc.safeParseCitation(v), safeFail('citation.not-text', []));
}
for (const [label, v] of BLANK_TEXTS) add('parseCitation', label, () => kc.parseCitation(v), reject('citation.no-instrument', []));
add('parseCitation', '100 000 characters', () => kc.parseCitation(HUGE), reject('citation.too-long', []));
add('safeParseCitation', '100 000 characters', () => kc.safeParseCitation(HUGE), safeFail('citation.too-long', []));
add('parseCitation', 'unknown instrument 99/2099/NĐ-CP', () => kc.parseCitation('Nghị định 99/2099/NĐ-CP'), reject('citation.unknown-instrument', []));
add('parseCitation', "Cyrillic 'С' in NĐ-CP", () => kc.parseCitation('Nghị định 45/2012/NĐ-\u0421P'), reject('citation.no-instrument', []));
add('parseCitation', 'full-width digits', () => kc.parseCitation('Nghị định ４５/2012/NĐ-CP'), reject('citation.unknown-instrument', []));
add('parseCitation', '__proto__', () => kc.parseCitation('__proto__'), reject('citation.no-instrument', []));
add('parseCitation', 'NFD with non-breaking spaces', () => kc.parseCitation('Nghị\u00a0định 45/2012/NĐ-CP, Điều\u202f1'.normalize('NFD')), doc('read as the NFC text', (c: kc.Citation) => {
  expect(c.instrument).toBe('ND-45-2012');
  expect(c.article).toBe(1);
}));

const okRequest = { item: 'MACHINERY_APPLICATION', eligibleCost: m(1_000_000), at: '2019-01-01' } as const;
const okLocal = { ...okRequest, funds: 'LOCAL' } as const;
for (const [label, v] of WRONG_TYPES.filter(([, x]) => typeof x !== 'object' || x === null)) {
  add('parseSupportRequest', label, () => kc.parseSupportRequest(v), reject('policy.not-object', []));
  add('safeParseSupportRequest', label, () => kc.safeParseSupportRequest(v), safeFail('policy.not-object', []));
}
for (const [label, v] of WRONG_TYPES) {
  add('parseSupportRequest', `item ${label}`, () => kc.parseSupportRequest({ ...okRequest, item: v }), reject('policy.unknown-item', ['item']));
  add('parseSupportRequest', `at ${label}`, () => kc.parseSupportRequest({ ...okRequest, at: v }), reject('date.invalid', ['at']));
  add('safeParseSupportRequest', `eligibleCost ${label}`, () => kc.safeParseSupportRequest({ ...okRequest, eligibleCost: v }), safeFail('policy.bad-cost', ['eligibleCost']));
}
for (const item of ['', 'NOPE', '__proto__', 'constructor', 'toString', 'machinery_application', HUGE]) {
  add('parseSupportRequest', `item '${item.slice(0, 20)}'`, () => kc.parseSupportRequest({ ...okRequest, item }), reject('policy.unknown-item', ['item']));
}
for (const at of BAD_DATES) add('parseSupportRequest', `at '${at}'`, () => kc.parseSupportRequest({ ...okRequest, at }), reject('date.invalid', ['at']));
add('parseSupportRequest', 'negative cost', () => kc.parseSupportRequest({ ...okRequest, eligibleCost: m(-1) }), reject('policy.bad-cost', ['eligibleCost']));
add('parseSupportRequest', 'cost as a plain number', () => kc.parseSupportRequest({ ...okRequest, eligibleCost: 1_000_000 }), reject('policy.bad-cost', ['eligibleCost']));
add('parseSupportRequest', 'forged Money { dong: 0.5 }', () => kc.parseSupportRequest({ ...okRequest, eligibleCost: { kind: 'money', dong: 0.5 } }), reject('policy.bad-cost', ['eligibleCost']));
add('parseSupportRequest', 'forged Money { dong: NaN }', () => kc.parseSupportRequest({ ...okRequest, eligibleCost: { kind: 'money', dong: Number.NaN } }), reject('policy.bad-cost', ['eligibleCost']));
add('parseSupportRequest', 'every field missing', () => kc.safeParseSupportRequest({}), doc('one issue per field, each with its path', (r: kc.SafeParseResult<kc.SupportRequest>) => {
  expect(r.success).toBe(false);
  if (!r.success) expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([['policy.unknown-item', ['item']], ['policy.bad-cost', ['eligibleCost']], ['date.invalid', ['at']]]);
}));
add('computeSupport', 'cost past any budget (MAX_MONEY_DONG)', () => kc.computeSupport({ ...okRequest, eligibleCost: m(kc.MAX_MONEY_DONG) }), doc('the absolute cap binds: 300 triệu (TT 28/2018 Art. 4)', (r: kc.SupportComputation) => {
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.value.support.dong).toBe(300_000_000);
}));
add('computeSupport', 'unknown item', () => kc.computeSupport(any({ ...okRequest, item: '__proto__' })), reject('policy.unknown-item', ['item']));
add('computeSupport', 'date before coverage', () => kc.computeSupport({ ...okRequest, at: '2000-01-01' }), doc('explicit not-modelled, never another period’s level', (r: kc.SupportComputation) => {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.code).toBe('before-coverage');
}));
for (const [label, v] of WRONG_TYPES) {
  add('supportLevelAt', `item ${label}`, () => kc.supportLevelAt(any(v), '2019-01-01'), reject('policy.unknown-item', ['item']));
  add('supportLevelAt', `at ${label}`, () => kc.supportLevelAt('MACHINERY_APPLICATION', any(v)), reject('date.invalid', ['at']));
  add('policyAt', label, () => kc.policyAt(any(v)), reject('date.invalid', ['date']));
}
for (const at of [...BAD_DATES, '3000-01-01', '1899-12-31']) add('policyAt', `'${at}'`, () => kc.policyAt(at), reject('date.invalid', ['date']));
add('policyAt', "'2012-07-04' (before coverage)", () => kc.policyAt('2012-07-04'), doc('not-covered', (r: ReturnType<typeof kc.policyAt>) => expect(r).toMatchObject({ ok: false, reason: { code: 'not-covered' } })));
for (const v of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
  add('isSupportItemId', v, () => kc.isSupportItemId(v), doc('false', (r: boolean) => expect(r).toBe(false)));
  add('isInstrumentId', v, () => kc.isInstrumentId(v), doc('false', (r: boolean) => expect(r).toBe(false)));
  add('isCurrentProvinceCode', v, () => kc.isCurrentProvinceCode(v), doc('false', (r: boolean) => expect(r).toBe(false)));
  add('isLegacyProvinceCode', v, () => kc.isLegacyProvinceCode(v), doc('false', (r: boolean) => expect(r).toBe(false)));
}
for (const [label, v] of WRONG_TYPES) {
  add('isIsoDate', label, () => kc.isIsoDate(v), doc('false', (r: boolean) => expect(r).toBe(false)));
  add('isMoney', label, () => kc.isMoney(v), doc('false', (r: boolean) => expect(r).toBe(false)));
}
for (const at of BAD_DATES) add('isIsoDate', `'${at}'`, () => kc.isIsoDate(at), doc('false', (r: boolean) => expect(r).toBe(false)));

// ---------------------------------------------------------------------------------------------------------
// Provinces

const AT = { at: '2024-01-01' } as const;
for (const [label, v] of NON_STRINGS) add('findProvince', `text ${label}`, () => kc.findProvince(any(v), AT), reject('geo.text-invalid', ['text']));
for (const [label, v] of WRONG_TYPES) add('findProvince', `at ${label}`, () => kc.findProvince('Hà Nội', { at: any(v) }), reject('date.invalid', ['at']));
add('findProvince', 'options undefined', () => kc.findProvince('Hà Nội', any(undefined)), reject('date.invalid', ['at']));
add('findProvince', 'options null', () => kc.findProvince('Hà Nội', any(null)), reject('date.invalid', ['at']));
for (const at of BAD_DATES) add('findProvince', `at '${at}'`, () => kc.findProvince('Hà Nội', { at }), reject('date.invalid', ['at']));
const noMatch = (r: kc.FindProvinceResult): void => {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.code).toBe('no-match');
};
for (const [label, v] of BLANK_TEXTS) add('findProvince', label, () => kc.findProvince(v, AT), doc('no-match', noMatch));
for (const v of ['__proto__', 'constructor', 'prototype', 'toString']) add('findProvince', v, () => kc.findProvince(v, AT), doc('no-match', noMatch));
add('findProvince', '100 000 characters', () => kc.findProvince(HUGE, AT), doc('no-match, no suggestion', (r: kc.FindProvinceResult) => {
  noMatch(r);
  if (!r.ok) expect(r.suggestions).toEqual([]);
}));
add('findProvince', "Cyrillic 'о' in 'Hồ Chí Minh'", () => kc.findProvince('H\u043e\u0302\u0300 Chí Minh', AT), doc('never guessed: not found (the look-alike splits the word; see docs/reliability.md)', (r: kc.FindProvinceResult) => {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.suggestions.filter((p) => p.code !== '79')).toEqual([]);
}));
for (const [label, text] of [
  ['NFD', 'Thành phố Hồ Chí Minh'.normalize('NFD')],
  ['NFC', 'Thành phố Hồ Chí Minh'.normalize('NFC')],
  ['non-breaking spaces U+00A0/U+202F', 'Hồ\u00a0Chí\u202fMinh'],
  ['upper case', 'HỒ CHÍ MINH'],
] as const) {
  add('findProvince', label, () => kc.findProvince(text, AT), doc('found 79', (r: kc.FindProvinceResult) => {
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.province.code).toBe('79');
  }));
}
add('findProvince', "full-width code '７９'", () => kc.findProvince('７９', AT), doc('no-match (codes are ASCII digits)', noMatch));
add('findProvince', "date '0001-01-01'", () => kc.findProvince('Hà Nội', { at: '0001-01-01' }), reject('date.invalid', ['at']));
add('findProvince', "date '1900-01-01'", () => kc.findProvince('Hà Nội', { at: '1900-01-01' }), doc('date-out-of-coverage', (r: kc.FindProvinceResult) => {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.code).toBe('date-out-of-coverage');
}));

for (const [label, v] of WRONG_TYPES.filter(([, x]) => typeof x !== 'number' || !Number.isFinite(x))) {
  add('parseProvinceCode', label, () => kc.parseProvinceCode(v, { era: 'legacy' }), reject('geo.code-format', ['code']));
  add('safeParseProvinceCode', label, () => kc.safeParseProvinceCode(v, { era: 'current' }), safeFail('geo.code-format', ['code']));
}
for (const [label, v] of [['1.5', 1.5], ['-1', -1], ['1e21', 1e21], ['100', 100], ["'７９' (full-width)", '７９'], ["'0x1F'", '0x1F'], ["' 7 9 '", ' 7 9 '], ['100 000 characters', HUGE], ["'__proto__'", '__proto__']] as const) {
  add('parseProvinceCode', label, () => kc.parseProvinceCode(v, { era: 'legacy' }), reject('geo.code-format', ['code']));
}
add('parseProvinceCode', "unknown '99'", () => kc.parseProvinceCode('99', { era: 'legacy' }), reject('geo.code-unknown', ['code']));
add('parseProvinceCode', "'95' on the current map", () => kc.parseProvinceCode('95', { era: 'current' }), reject('geo.code-not-current', ['code']));
for (const [label, v] of WRONG_TYPES) {
  add('safeParseProvinceCode', `options ${label}`, () => kc.safeParseProvinceCode('01', any(v)), safeFail('geo.era-invalid', ['era']));
  add('safeParseProvinceGroups', `options ${label}`, () => kc.safeParseProvinceGroups([], any(v)), safeFail('geo.era-invalid', ['era']));
}
add('parseProvinceCode', "era 'bogus'", () => kc.parseProvinceCode('01', { era: any('bogus') }), reject('geo.era-invalid', ['era']));
for (const [label, v] of WRONG_TYPES.filter(([, x]) => !Array.isArray(x))) {
  add('parseProvinceGroups', label, () => kc.parseProvinceGroups(v, { era: 'legacy' }), reject('geo.group-shape', [0]));
}
const group = (members: unknown, id: unknown = 'south') => [{ id, label: { vi: 'Phía Nam', en: 'South' }, members }];
for (const [label, v] of WRONG_TYPES.filter(([, x]) => !Number.isSafeInteger(x))) {
  add('safeParseProvinceGroups', `member ${label}`, () => kc.safeParseProvinceGroups(group([v]), { era: 'legacy' }), safeFail('geo.group-unknown-code', [0, 'members', 0]));
}
for (const id of ['', '   ', 42, null]) add('parseProvinceGroups', `id ${JSON.stringify(id)}`, () => kc.parseProvinceGroups(group(['01'], id), { era: 'legacy' }), reject('geo.group-shape', [0]));
add('parseProvinceGroups', 'no members', () => kc.parseProvinceGroups(group([]), { era: 'legacy' }), reject('geo.group-empty', [0, 'members']));
add('parseProvinceGroups', 'member twice', () => kc.parseProvinceGroups(group(['01', '1']), { era: 'legacy' }), reject('geo.group-duplicate-member', [0, 'members', 1]));
add('parseProvinceGroups', "id '__proto__'", () => kc.parseProvinceGroups(group(['01'], '__proto__'), { era: 'legacy' }), doc('an ordinary id', (g: readonly kc.ProvinceGroup[]) => expect(g[0]?.id).toBe('__proto__')));
for (const at of BAD_DATES) add('listProvinces', `'${at}'`, () => kc.listProvinces(at), reject('date.invalid', ['at']));
add('listProvinces', "'1900-01-01' (before coverage)", () => kc.listProvinces('1900-01-01'), reject('geo.date-out-of-coverage', ['at']));
add('restateToCurrentMap', "unknown code 'xx'", () => kc.restateToCurrentMap(any({ xx: { 2020: m(1) } })), doc('not restated, with its reason', (r: kc.RestatedSeries<kc.Money>) => {
  expect(r.values).toEqual([]);
  expect(r.notRestated.map((n) => n.code)).toEqual(['xx']);
}));
add('restateToCurrentMap', "period 'yesterday'", () => kc.restateToCurrentMap(any({ '01': { yesterday: m(1) } })), doc('not restated, with its reason', (r: kc.RestatedSeries<kc.Money>) => {
  expect(r.values).toEqual([]);
  expect(r.notRestated.map((n) => n.period)).toEqual(['yesterday']);
}));
add('restateToCurrentMap', 'JSON __proto__ province', () => kc.restateToCurrentMap(any(JSON.parse('{"__proto__": {"2020": {"kind":"money","dong":1}}, "01": {"2020": {"kind":"money","dong":5}}}'))), doc('__proto__ is an unknown code, not restated', (r: kc.RestatedSeries<kc.Money>) => {
  expect(r.values.map((v) => [v.code, v.value.dong])).toEqual([['01', 5]]);
  expect(r.notRestated.map((n) => n.code)).toEqual(['__proto__']);
}));

// ---------------------------------------------------------------------------------------------------------
// Statistics (pure core: absent or impossible values give an explicit undefined result, never NaN or Infinity)

const undef = (reason: string, field: string) => (r: { ok: boolean; reason?: { code: string; field?: string } }) => {
  expect(r).toMatchObject({ ok: false, reason: { code: reason, field } });
};
add('percentChange', 'current null', () => st.percentChange(null, m(1)), doc('missing-value', undef('missing-value', 'current')));
add('percentChange', 'previous undefined', () => st.percentChange(m(1), undefined), doc('missing-base', undef('missing-base', 'previous')));
add('percentChange', 'previous 0', () => st.percentChange(m(1), m(0)), doc('zero-base', undef('zero-base', 'previous')));
for (const [label, years] of [['NaN', Number.NaN], ['-1', -1], ['1.5', 1.5], ['Infinity', Number.POSITIVE_INFINITY]] as const) {
  add('cagr', `years ${label}`, () => st.cagr(kc.ratio(100), kc.ratio(121), years), doc('invalid-years', undef('invalid-years', 'years')));
}
add('cagr', 'years 0', () => st.cagr(kc.ratio(100), kc.ratio(121), 0), doc('zero-years', undef('zero-years', 'years')));
add('cagr', 'years 10^15 (mistyped)', () => st.cagr(kc.ratio(100), kc.ratio(121), 1e15), doc('too-many-years', undef('too-many-years', 'years')));
add('cagr', 'decimals NaN', () => st.cagr(kc.ratio(100), kc.ratio(121), 2, { decimals: Number.NaN }), reject('stats.invalid-decimals'));
add('periodTotal', 'years in the wrong order', () => st.periodTotal({ 2020: m(1) }, { from: 2021, to: 2020 }), doc('invalid-period', undef('invalid-period', 'period')));
add('periodTotal', 'year NaN', () => st.periodTotal({ 2020: m(1) }, { from: Number.NaN, to: 2020 }), doc('invalid-period', undef('invalid-period', 'period')));
add('periodTotal', '0 to 10^9 (mistyped year)', () => st.periodTotal({ 2020: m(1) }, { from: 0, to: 1e9 }), doc('too-many-years', undef('too-many-years', 'period')));
add('periodAverage', '-9·10^15 to 9·10^15', () => st.periodAverage({ 2020: m(1) }, { from: -9e15, to: 9e15 }), doc('too-many-years', undef('too-many-years', 'period')));
add('periodLength', 'wrong order', () => st.periodLength({ from: 2018, to: 2014 }), reject('stats.invalid-period', ['period']));
add('yearOverYear', "year key 'yesterday'", () => st.yearOverYear(any({ yesterday: m(1) })), reject('stats.invalid-year'));
add('yearOverYear', "year key '2020.5'", () => st.yearOverYear(any({ '2020.5': m(1) })), reject('stats.invalid-year'));
add('yearOverYear', 'years 1 and 99999999 (mistyped)', () => st.yearOverYear({ 1: m(1), 99_999_999: m(2) }), reject('stats.year-span', ['99999999']));
add('shares', 'no parts', () => st.shares({}), doc('zero-base', undef('zero-base', 'parts')));
add('shares', 'JSON __proto__ part', () => st.shares(any(JSON.parse('{"__proto__": {"kind":"money","dong":1}, "a": {"kind":"money","dong":3}}'))), doc('an ordinary own key, no pollution', (r: ReturnType<typeof st.shares>) => {
  expect(r.ok).toBe(true);
  if (r.ok) {
    expect(Object.keys(r.value).sort()).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(r.value)).not.toHaveProperty('kind');
  }
}));
for (const [label, v] of [['NaN', Number.NaN], ['-1', -1], ['21', 21]] as const) {
  add('shares', `rounding decimals ${label}`, () => st.shares({ a: m(1), b: m(2) }, { rounding: { method: 'largest-remainder', decimals: v } }), reject('stats.invalid-decimals', ['rounding', 'decimals']));
}

// ---------------------------------------------------------------------------------------------------------
// Claims, eligibility, projects (zod boundaries)

const rootParsers: readonly (readonly [string, (v: unknown) => unknown, (v: unknown) => kc.SafeParseResult<unknown>, string])[] = [
  ['parseClaim', kc.parseClaim, kc.safeParseClaim, 'claim.not-object'],
  ['parseApplicant', kc.parseApplicant, kc.safeParseApplicant, 'schema.invalid-type'],
  ['parseTrace', kc.parseTrace, kc.safeParseTrace, 'eligibility.invalid-trace'],
  ['parseDeAn', kc.parseDeAn, kc.safeParseDeAn, 'schema.invalid-type'],
  ['parseDeAnEvent', kc.parseDeAnEvent, kc.safeParseDeAnEvent, 'schema.invalid-type'],
  ['parseEstablishment', kc.parseEstablishment, kc.safeParseEstablishment, 'schema.invalid-type'],
  ['parsePlan', kc.parsePlan, kc.safeParsePlan, 'schema.invalid-type'],
  ['parseProgrammeTargets', kc.parseProgrammeTargets, kc.safeParseProgrammeTargets, 'schema.invalid-type'],
  ['parsePolicyPack', kc.parsePolicyPack, kc.safeParsePolicyPack, 'schema.invalid-type'],
  ['parseProgrammeReport', kc.parseProgrammeReport, kc.safeParseProgrammeReport, 'schema.invalid-type'],
];
for (const [name, parse, safeParse, code] of rootParsers) {
  const safeName = `safeP${name.slice(1)}`;
  // parseTrace also reads JSON text, so a string is an unreadable trace rather than a wrong type.
  for (const [label, v] of [...WRONG_TYPES.filter(([, x]) => typeof x !== 'object' || x === null || Array.isArray(x)), ...BLANK_TEXTS, ['100 000 characters', HUGE] as const]) {
    add(name, label, () => parse(v), reject(code, []));
    add(safeName, label, () => safeParse(v), safeFail(code, []));
  }
}
add('parseTrace', 'unterminated JSON', () => kc.parseTrace('{"schemaVersion":'), reject('eligibility.invalid-trace', []));
add('parseTrace', '100 000 nested brackets', () => kc.parseTrace(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), reject('eligibility.invalid-trace', []));
add('parseTrace', 'wrong schema version', () => kc.parseTrace('{"schemaVersion":"khuyencong.trace.v0"}'), reject('eligibility.invalid-trace', ['schemaVersion']));

const sum = { kind: 'sum', parts: ['7,73 tỷ đồng', '46,33 tỷ đồng'], stated: '54,06 tỷ đồng' } as const; // seed 003
for (const kind of [undefined, '', '__proto__', 'constructor', 'toString', 'SUM', 42]) {
  add('parseClaim', `kind ${JSON.stringify(kind)}`, () => kc.parseClaim({ ...sum, kind }), reject('claim.unknown-kind', ['kind']));
}
add('parseClaim', 'no parts', () => kc.parseClaim({ ...sum, parts: [] }), reject('claim.bad-parts', ['parts']));
add('parseClaim', 'parts a string', () => kc.parseClaim({ ...sum, parts: '7,73' }), reject('claim.bad-parts', ['parts']));
for (const [label, v] of [['null', null], ['number 5', 5], ['object', {}], ['JSON {"toString": 1}', JSON.parse('{"toString":1}') as unknown]] as const) {
  add('parseClaim', `part ${label}`, () => kc.parseClaim({ ...sum, parts: [v, '1 tỷ'] }), reject('claim.bad-number', ['parts', 0]));
}
add('parseClaim', 'stated 100 000 characters', () => kc.parseClaim({ ...sum, stated: HUGE }), reject('quantity.too-long', ['stated']));
add('parseClaim', "stated 'NaN'", () => kc.parseClaim({ ...sum, stated: 'NaN' }), reject('quantity.no-number', ['stated']));
add('parseClaim', "cagr years 'abc'", () => kc.parseClaim({ kind: 'cagr', first: '1', last: '2', years: 'abc', stated: '5%' }), reject('claim.bad-years', ['years']));
add('checkClaim', 'NFD, U+00A0 and full-width digits (seed 003 sum)', () => kc.checkClaim(kc.parseClaim({ kind: 'sum', parts: ['7,73 tỷ đồng'.normalize('NFD'), '46,33\u00a0tỷ đồng'], stated: '５４,06 tỷ đồng' })), doc('consistent, as the canonical text', (r: kc.ClaimResult) => expect(r.status).toBe('consistent')));
add('checkClaim', 'cagr over 10^15 years', () => kc.checkClaim(kc.parseClaim({ kind: 'cagr', first: '1', last: '2', years: 1e15, stated: '5%' })), doc('cannot-check (invalid-years)', (r: kc.ClaimResult) => expect(r).toMatchObject({ status: 'cannot-check', reason: 'invalid-years' })));

for (const [label, v] of [['unknown', 'NOPE'], ['__proto__', '__proto__'], ['100 000 characters', HUGE], ['number', 1]] as const) {
  add('parseApplicant', `group ${label}`, () => kc.parseApplicant({ group: v }), reject('schema.invalid-value', ['group']));
}
add('parseApplicant', 'location null', () => kc.parseApplicant({ location: null }), reject('schema.invalid-type', ['location']));
add('parseApplicant', "unitKind 'tinh'", () => kc.parseApplicant({ location: { unitKind: 'tinh' } }), reject('schema.invalid-value', ['location', 'unitKind']));
add('parseApplicant', 'unknown field', () => kc.parseApplicant({ unknown: 1 }), reject('schema.unknown-key', ['unknown']));
add('parseApplicant', 'planYear 1899', () => kc.parseApplicant({ planYear: 1899 }), reject('schema.too-small', ['planYear']));
add('parseApplicant', "date 'abc' (one issue, not two)", () => kc.parseApplicant({ location: { convertedFromCommuneOn: 'abc' } }), reject('date.invalid', ['location', 'convertedFromCommuneOn']));

// The `policy` option of local pricing (a pack, an array of packs, or nothing).
add('parsePolicyPacks', 'a number', () => kc.parsePolicyPacks(5), reject('schema.invalid-type', ['policy']));
add('parsePolicyPacks', 'an array with a null', () => kc.parsePolicyPacks([null]), reject('schema.invalid-type', ['policy', 0]));
add('parsePolicyPacks', '1001 elements', () => kc.parsePolicyPacks(new Array(1001).fill(null)), reject('pack.bad-policy', ['policy']));
add('parsePolicyPacks', 'undefined', () => kc.parsePolicyPacks(undefined), doc('no packs', (r: readonly kc.PolicyPack[]) => expect(r).toEqual([])));
add('parseApplicant', 'a Date object', () => kc.parseApplicant(new Date(0)), doc('read as an object without facts (zod reads any non-array object; see docs/reliability.md)', (a: kc.Applicant) => expect(a).toEqual({})));
add('parseApplicant', 'empty object', () => kc.parseApplicant({}), doc('every fact unknown (the engine then answers needs-information or ineligible, never eligible by default)', (a: kc.Applicant) => expect(a).toEqual({})));
for (const [label, v] of [...WRONG_TYPES, ...BAD_DATES.map((d) => [`'${d}'`, d] as const)]) {
  add('checkEligibility', `at ${label}`, () => kc.checkEligibility({}, { at: any(v) }), reject('date.invalid', ['at']));
}
add('checkEligibility', 'options undefined', () => kc.checkEligibility({}, any(undefined)), reject('date.invalid', ['at']));

const est = {
  name: 'HTX Mây tre đan Phú Vinh',
  legalForm: 'COOPERATIVE',
  sizeClass: 'SMALL',
  taxCode: '0100233488', // a valid code from python-stdnum's list (as in test/project/fixtures.ts)
  location: { province: { code: '01', asOf: '2019-03-01' }, unitKind: 'XA', inRecognisedCraftVillage: true, difficulty: 'NONE' },
  industry: 'HANDICRAFT',
  owner: { womenOwned: true, ethnicMinorityOwned: false },
} as const;
const estLoc = (patch: object) => ({ ...est, location: { ...est.location, ...patch } });
add('parseEstablishment', 'valid (control)', () => kc.parseEstablishment(est), doc('parsed', (e: kc.Establishment) => expect(e.name).toBe(est.name)));
add('parseEstablishment', 'name empty', () => kc.parseEstablishment({ ...est, name: '' }), reject('schema.too-small', ['name']));
add('parseEstablishment', 'name of non-breaking spaces', () => kc.parseEstablishment({ ...est, name: ' \u00a0\u202f ' }), reject('schema.blank', ['name']));
add('parseEstablishment', 'name 100 000 characters', () => kc.parseEstablishment({ ...est, name: HUGE }), reject('schema.too-big', ['name']));
add('parseEstablishment', 'tax code checksum', () => kc.parseEstablishment({ ...est, taxCode: '0100233480' }), reject('project.tax-code-checksum', ['taxCode']));
add('parseEstablishment', 'tax code as a number (leading zero lost)', () => kc.parseEstablishment({ ...est, taxCode: 100233488 }), reject('schema.invalid-type', ['taxCode']));
add('parseEstablishment', 'tax code in full-width digits', () => kc.parseEstablishment({ ...est, taxCode: '０１００２３３４８８' }), reject('project.tax-code-format', ['taxCode']));
add('parseEstablishment', "legalForm '__proto__'", () => kc.parseEstablishment({ ...est, legalForm: '__proto__' }), reject('schema.invalid-value', ['legalForm']));
add('parseEstablishment', "province '99'", () => kc.parseEstablishment(estLoc({ province: { code: '99', asOf: '2019-03-01' } })), reject('project.unknown-province', ['location', 'province', 'code']));
for (const d of BAD_DATES) {
  add('parseEstablishment', `province asOf '${d}'`, () => kc.parseEstablishment(estLoc({ province: { code: '01', asOf: d } })), reject('date.invalid', ['location', 'province', 'asOf']));
}
add('parseEstablishment', 'unknown key', () => kc.parseEstablishment({ ...est, extra: 1 }), reject('schema.unknown-key', ['extra']));
add('checkTaxCode', 'JSON {"toString": 1}', () => kc.checkTaxCode(any(JSON.parse('{"toString":1}'))), doc('format', (r: kc.TaxCodeCheck) => expect(r).toMatchObject({ ok: false, reason: { code: 'format' } })));
add('checkTaxCode', 'number 100233488', () => kc.checkTaxCode(any(100233488)), doc('format', (r: kc.TaxCodeCheck) => expect(r).toMatchObject({ ok: false, reason: { code: 'format' } })));

const deAn = {
  id: 'KCQG-2020-01',
  title: 'Đào tạo nghề mây tre đan cho lao động nông thôn',
  scope: 'NATIONAL',
  group: false,
  period: { startYear: 2020, endYear: 2020 },
  province: { code: '01', asOf: '2019-03-01' },
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', kind: 'PROVINCIAL_KC_CENTRE' },
  beneficiaries: [est],
  activity: 'VOCATIONAL_TRAINING',
  advanceType: 'VOCATIONAL_TRAINING',
  supportItems: [{ item: 'VOCATIONAL_TRAINING_COURSE', eligibleCost: 400_000_000 }],
  budget: [{ source: 'NATIONAL', approved: 0, advanced: 0, disbursed: 0, settled: 0 }],
  indicators: [{ id: 'trainees', label: { vi: 'Học viên', en: 'Trainees' }, unit: 'trainee', target: 35 }],
  history: [{ state: 'DRAFTED', event: 'CREATE', at: '2019-03-01' }],
} as const;
const cost = (eligibleCost: unknown) => ({ ...deAn, supportItems: [{ item: 'VOCATIONAL_TRAINING_COURSE', eligibleCost }] });
add('parseDeAn', 'valid (control)', () => kc.parseDeAn(deAn), doc('parsed', (d: kc.DeAn) => expect(d.id).toBe('KCQG-2020-01')));
add('parseDeAn', 'negative cost', () => kc.parseDeAn(cost(-1)), reject('schema.too-small', ['supportItems', 0, 'eligibleCost']));
add('parseDeAn', 'cost NaN', () => kc.parseDeAn(cost(Number.NaN)), reject('schema.invalid-type', ['supportItems', 0, 'eligibleCost']));
add('parseDeAn', 'cost 1e300 (past any budget)', () => kc.parseDeAn(cost(1e300)), reject('schema.too-big', ['supportItems', 0, 'eligibleCost']));
add('parseDeAn', "cost as text '400000000'", () => kc.parseDeAn(cost('400000000')), reject('schema.invalid-type', ['supportItems', 0, 'eligibleCost']));
add('parseDeAn', 'unknown item', () => kc.parseDeAn({ ...deAn, supportItems: [{ item: 'NOPE', eligibleCost: 1 }] }), reject('schema.invalid-value', ['supportItems', 0, 'item']));
add('parseDeAn', 'years in the wrong order', () => kc.parseDeAn({ ...deAn, period: { startYear: 2021, endYear: 2020 } }), reject('project.period-order', ['period', 'endYear']));
add('parseDeAn', 'year NaN', () => kc.parseDeAn({ ...deAn, period: { startYear: Number.NaN, endYear: 2020 } }), reject('schema.invalid-type', ['period', 'startYear']));
add('parseDeAn', "history date '2019-13-01'", () => kc.parseDeAn({ ...deAn, history: [{ state: 'DRAFTED', event: 'CREATE', at: '2019-13-01' }] }), reject('date.invalid', ['history', 0, 'at']));
add('parseDeAn', 'empty history', () => kc.parseDeAn({ ...deAn, history: [] }), reject('schema.too-small', ['history']));
add('parseDeAn', 'id 100 000 characters', () => kc.parseDeAn({ ...deAn, id: HUGE }), reject('schema.id-format', ['id']));
add('parseDeAn', 'negative approved budget', () => kc.parseDeAn({ ...deAn, budget: [{ source: 'NATIONAL', approved: -5, advanced: 0, disbursed: 0, settled: 0 }] }), reject('schema.too-small', ['budget', 0, 'approved']));
add('parseDeAnEvent', "type '__proto__'", () => kc.parseDeAnEvent({ type: '__proto__' }), reject('schema.invalid-discriminator', ['type']));
add('parsePlan', 'empty object', () => kc.parsePlan({}), reject('schema.missing', ['id']));
add('parsePolicyPack', 'empty object', () => kc.parsePolicyPack({}), reject('schema.invalid-value', ['format']));
add('parsePolicyPack', '__proto__ key', () => kc.parsePolicyPack(JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(kc.serializePolicyPack(kc.LOCAL_POLICY_PACKS[0]!)).slice(1)}`)), reject('schema.unknown-key', ['__proto__']));
for (const [label, v] of WRONG_TYPES.filter(([, x]) => x !== undefined && !Array.isArray(x))) {
  // A non-object is a wrong type; an object is read as a pack and every missing field is reported.
  const isObject = typeof v === 'object' && v !== null;
  add('computeSupport', `funds LOCAL, policy ${label}`, () => kc.computeSupport({ ...okLocal, policy: v }), isObject ? reject('schema.invalid-value', ['policy', 'format']) : reject('schema.invalid-type', ['policy']));
}
add('computeSupport', 'funds LOCAL, 1001 packs', () => kc.computeSupport({ ...okLocal, policy: new Array(1001).fill({}) }), reject('pack.bad-policy', ['policy']));
add('computeSupport', "funds '__proto__'", () => kc.computeSupport(any({ ...okLocal, funds: '__proto__' })), reject('policy.bad-funds', ['funds']));
add('computeSupport', 'funds LOCAL without a pack', () => kc.computeSupport(okLocal), doc('not-modelled no-pack, never the national level', (r: kc.LocalSupportComputation) => {
  expect(!r.ok && r.reason.code).toBe('no-pack');
}));
add('parseProgrammeTargets', 'empty object', () => kc.parseProgrammeTargets({}), reject('schema.missing', ['period']));
add('parseProgrammeReport', 'empty object', () => kc.parseProgrammeReport({}), reject('schema.missing', ['id']));
add('parseProgrammeReport', 'id 100 000 characters', () => kc.parseProgrammeReport({ ...kc.SEED_REPORTS[0], id: HUGE }), reject('schema.too-big', ['id']));
add('parseProgrammeReport', "status '__proto__'", () => kc.parseProgrammeReport({ ...kc.SEED_REPORTS[0], status: '__proto__' }), reject('schema.invalid-value', ['status']));
add('parseProgrammeReport', 'year NaN', () => kc.parseProgrammeReport({ ...kc.SEED_REPORTS[0], period: { kind: 'year', year: Number.NaN } }), reject('schema.invalid-type', ['period', 'year']));
add('safeParseProgrammeReport', 'unknown key', () => kc.safeParseProgrammeReport({ ...kc.SEED_REPORTS[0], extra: 1 }), safeFail('schema.unknown-key', ['extra']));
add('parseWith', 'MoneySchema -1', () => kc.parseWith(kc.MoneySchema, -1), reject('schema.too-small', []));
add('parseWith', "IsoDateSchema '2025-02-30'", () => kc.parseWith(kc.IsoDateSchema, '2025-02-30'), reject('date.invalid', []));
add('safeParseWith', 'IsoDateSchema symbol', () => kc.safeParseWith(kc.IsoDateSchema, Symbol('x')), safeFail('schema.invalid-type', []));
add('safeParseOwn', 'MoneySchema -1', () => kc.safeParseOwn(kc.MoneySchema, -1), doc('zod failure returned, not thrown', (r: { success: boolean }) => expect(r.success).toBe(false)));
add('safeParseOwn', 'schema null', () => kc.safeParseOwn(any(null), 1), reject('schema.not-a-schema', []));
add('encodeWith', 'schema null', () => kc.encodeWith(any(null), any(1)), reject('schema.not-a-schema', []));
add('encodeWith', "MoneySchema 'x'", () => kc.encodeWith(kc.MoneySchema, any('x')), reject('schema.invalid', []));

// ---------------------------------------------------------------------------------------------------------
// Prototype pollution: every boundary that reads objects is fed the classic payloads.

for (const json of POLLUTING_JSON) {
  const payload = (): unknown => JSON.parse(json);
  add('parseSupportRequest', `pollution ${json}`, () => kc.parseSupportRequest(payload()), doc('rejected field by field', () => undefined));
  add('parseProvinceGroups', `pollution ${json}`, () => kc.safeParseProvinceGroups(payload(), { era: 'legacy' }), doc('shape error', (r: kc.SafeParseResult<unknown>) => expect(r.success).toBe(false)));
  add('safeParseQuantity', `pollution options ${json}`, () => kc.safeParseQuantity('khoảng 5 tỷ', any(payload())), doc('parsed with default options', (r: kc.SafeParseResult<kc.Quantity>) => expect(r.success).toBe(true)));
  add('restateToCurrentMap', `pollution ${json}`, () => kc.restateToCurrentMap(any(payload())), doc('no value restated', (r: kc.RestatedSeries<kc.Money>) => expect(r.values).toEqual([])));
  add('yearOverYear', `pollution ${json}`, () => { try { return st.yearOverYear(any(payload())); } catch (e) { expectBilingual(e); return 'rejected'; } }, doc('rejected (not a year)', (r: unknown) => expect(r).toBe('rejected')));
  for (const [name, parse] of rootParsers) add(name, `pollution ${json}`, () => parse(payload()), doc('rejected (unknown or missing fields)', () => undefined));
  add('parseApplicant', `nested pollution ${json}`, () => kc.parseApplicant({ location: payload() }), doc('rejected (unknown field)', () => undefined));
  add('findProvince', `pollution options ${json}`, () => kc.findProvince('Hà Nội', any(payload())), reject('date.invalid', ['at']));
}

// ---------------------------------------------------------------------------------------------------------

describe('bad-input catalogue', () => {
  it('has a row for every parser and boundary function of the barrel', () => {
    const covered = new Set(rows.map((r) => r.entry));
    const boundary = Object.keys(kc).filter((k) => /^(safeParse|parse)[A-Z]/.test(k) || ['findProvince', 'money', 'ratio', 'percent', 'count', 'computeSupport', 'supportLevelAt', 'policyAt', 'listProvinces'].includes(k));
    expect(boundary.filter((k) => !covered.has(k))).toEqual([]);
    expect(rows.length).toBeGreaterThan(500);
  });

  it.each(rows.map((r) => [`${r.entry} × ${r.input}`, r] as const))('%s', (_name, row) => {
    const e = row.expect;
    if ('code' in e) {
      expectRejects(row.run, e.code, e.path);
    } else if ('safe' in e) {
      // safeParseX never throws: a throw here fails the test.
      expectSafeFailure(row.run() as kc.SafeParseResult<unknown>, e.safe, e.path);
    } else {
      let result: unknown;
      try {
        result = row.run();
      } catch (err) {
        // A documented result may be a bilingual rejection of every field (checked here), never anything else.
        expectBilingual(err);
        expect(e.doc).toMatch(/rejected/);
        return;
      }
      e.check(result as never);
    }
  });

  afterAll(() => {
    // No payload above reached Object.prototype.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
