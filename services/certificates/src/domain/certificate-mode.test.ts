import { certificateModeLabels, certificateModeReason, replacesMode } from './certificate-mode';

describe('certificate mode', () => {
  it('names both modes in Russian', () => {
    expect(certificateModeLabels).toEqual({
      accounting: 'Сертификат учёта',
      financing: 'Сертификат персонифицированного финансирования',
    });
  });

  it("explains each of billing's reasons in its own words, and a default before billing decides", () => {
    const texts = [null, 'NO_NORMATIVE', 'QUOTA_EXHAUSTED', 'BUDGET_EXHAUSTED'].map((code) =>
      certificateModeReason('accounting', code),
    );
    expect(new Set(texts).size).toBe(4);
    expect(certificateModeReason('accounting', 'QUOTA_EXHAUSTED')).toMatch(/Квота .* исчерпана/);
    expect(certificateModeReason('accounting', 'NO_NORMATIVE')).toMatch(/не утвердил норматив/);
    expect(certificateModeReason('accounting', 'BUDGET_EXHAUSTED')).toMatch(/закончились/);
    for (const text of texts) expect(text).toContain('бесплатные программы');
    expect(certificateModeReason('accounting', 'SOMETHING_NEW')).toBe(certificateModeReason('accounting', null));
    expect(certificateModeReason('financing', null)).toMatch(/пополнен по нормативу/);
  });

  describe('replacesMode', () => {
    const year = '2026-09-01';
    const next = '2027-09-01';
    it('takes the first decision and any later year', () => {
      expect(replacesMode({ mode: 'accounting', periodStart: null }, { mode: 'accounting', periodStart: year })).toBe(true);
      expect(replacesMode({ mode: 'financing', periodStart: year }, { mode: 'accounting', periodStart: next })).toBe(true);
      expect(replacesMode({ mode: 'accounting', periodStart: year }, { mode: 'financing', periodStart: next })).toBe(true);
    });

    it('ignores an earlier year arriving late', () => {
      expect(replacesMode({ mode: 'accounting', periodStart: next }, { mode: 'financing', periodStart: year })).toBe(false);
    });

    it('within one year lets money in but never takes it back', () => {
      expect(replacesMode({ mode: 'accounting', periodStart: year }, { mode: 'financing', periodStart: year })).toBe(true);
      expect(replacesMode({ mode: 'financing', periodStart: year }, { mode: 'accounting', periodStart: year })).toBe(false);
      expect(replacesMode({ mode: 'accounting', periodStart: year }, { mode: 'accounting', periodStart: year })).toBe(true);
    });
  });
});
