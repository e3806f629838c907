import { certificateValuePerMonth, priceExceedsCertificate } from './certificate-value.rules';

describe('certificate value per month', () => {
  it('spreads the year over the program’s months, rounding down to whole kopecks', () => {
    expect(certificateValuePerMonth(1_160_900, 9)).toBe(128_988);
    expect(certificateValuePerMonth(1_160_900, 1)).toBe(1_160_900);
    expect(certificateValuePerMonth(1_200_000, 12)).toBe(100_000);
  });

  it('never spreads one year’s money over more than twelve months', () => {
    expect(certificateValuePerMonth(1_200_000, 24)).toBe(100_000);
    expect(certificateValuePerMonth(1_200_000, 36)).toBe(100_000);
  });

  it('is a price nine months of which the certificate covers exactly', () => {
    const perMonth = certificateValuePerMonth(1_350_000, 9);
    expect(perMonth * 9).toBe(1_350_000);
    expect(priceExceedsCertificate(perMonth, perMonth)).toBe(false);
    expect(priceExceedsCertificate(perMonth + 1, perMonth)).toBe(true);
  });

  it('flags nothing when the municipality has no normative yet', () => {
    expect(priceExceedsCertificate(10_000_000, null)).toBe(false);
    expect(priceExceedsCertificate(0, 0)).toBe(false);
    expect(priceExceedsCertificate(1, 0)).toBe(true);
  });
});
