import { describe, expect, it } from 'vitest';
import { INDICATORS, isIndicatorId } from '../../src/audit/index.js';
import { COUNT_UNITS } from '../../src/quantity/index.js';

describe('INDICATORS', () => {
  it('labels workers trained in both languages (docstring example)', () => {
    expect(INDICATORS['workers-trained'].label.en).toBe('workers given vocational training');
    expect(INDICATORS['workers-trained'].label.vi).toBe('lao động được đào tạo nghề');
  });

  it('is deeply frozen and every unit is a count unit', () => {
    expect(Object.isFrozen(INDICATORS)).toBe(true);
    for (const i of Object.values(INDICATORS)) {
      expect(Object.isFrozen(i) && Object.isFrozen(i.label)).toBe(true);
      expect(Object.keys(COUNT_UNITS)).toContain(i.unit);
      expect(i.label.vi.length * i.label.en.length).toBeGreaterThan(0);
    }
  });

  it('covers the outputs named in the seeds, typical products by level and clusters by kind of support', () => {
    for (const id of ['demonstration-models', 'machinery-support', 'cleaner-production-assessments', 'cleaner-production-models', 'typical-products-provincial', 'typical-products-regional', 'typical-products-national', 'fairs', 'fair-booths', 'fair-establishments', 'showrooms', 'training-classes', 'trainees', 'clusters-detailed-planning', 'clusters-infrastructure', 'treatment-systems', 'relocations', 'newsletters', 'broadcasts', 'study-tours', 'collaborators', 'establishments-surveyed', 'programmes', 'tasks']) {
      expect(isIndicatorId(id)).toBe(true);
    }
    expect(isIndicatorId('fair-booths')).toBe(true);
    expect(isIndicatorId('toString')).toBe(false);
    expect(isIndicatorId('booths')).toBe(false);
  });
});
