/**
 * applicantFromEstablishment reads the provinces through geo's public registry (listProvinces, successorOf,
 * predecessorsOf) since issue 15's seams: the centrally-run-city fact across the 2025-07-01 reorganisation
 * (NQ 202/2025/QH15), and a record whose code is on neither map gives no such fact instead of a guess.
 */
import { describe, expect, it } from 'vitest';
import { applicantFromEstablishment } from '../../src/project/applicantFromEstablishment.js';
import { parseEstablishment, type Establishment } from '../../src/project/Establishment.js';

const record = (code: string, asOf: string): Establishment =>
  parseEstablishment({
    name: 'Cơ sở mẫu',
    legalForm: 'COOPERATIVE',
    location: { province: { code, asOf }, unitKind: 'XA', inRecognisedCraftVillage: false, difficulty: 'NONE' },
    industry: 'AGRO_FOREST_FISHERY_FOOD_PROCESSING',
    owner: { womenOwned: false, ethnicMinorityOwned: false },
  });

const cityOn = (e: Establishment, at: string) => applicantFromEstablishment(e, { at }).location?.centrallyRunCity;

describe('applicantFromEstablishment: the province kind through geo’s public registry', () => {
  it('a legacy record looked at after 2025-07-01: its successor’s kind', () => {
    // Bình Dương (74) became part of Hồ Chí Minh City (79), a centrally-run city.
    expect(cityOn(record('74', '2024-01-01'), '2025-10-15')).toBe(true);
    // Bạc Liêu (95) became part of Cà Mau (96), a province.
    expect(cityOn(record('95', '2024-01-01'), '2025-10-15')).toBe(false);
  });

  it('a current record looked at before 2025-07-01: its predecessors’ kind, when they agree', () => {
    // Cà Mau (96) was formed from Bạc Liêu and Cà Mau, both provinces.
    expect(cityOn(record('96', '2025-08-01'), '2024-06-01')).toBe(false);
    // Hồ Chí Minh City (79) from Bà Rịa – Vũng Tàu, Bình Dương (provinces) and Hồ Chí Minh City: no one kind.
    expect(cityOn(record('79', '2025-08-01'), '2024-06-01')).toBeUndefined();
  });

  it('a record whose code is on neither map (not a parsed one) gives no kind, on either side of the date', () => {
    const forged = (code: string, asOf: string): Establishment => {
      const e = record('01', asOf);
      return { ...e, location: { ...e.location, province: { ...e.location.province, code: code as never } } };
    };
    expect(cityOn(forged('99', '2024-01-01'), '2025-10-15')).toBeUndefined();
    expect(cityOn(forged('99', '2025-08-01'), '2024-06-01')).toBeUndefined();
  });
});
