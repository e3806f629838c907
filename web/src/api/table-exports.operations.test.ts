import { fileNameOf } from './table-exports.operations';

describe('fileNameOf', () => {
  it('reads the Russian name of Content-Disposition, past its ASCII fallback', () => {
    const name = 'обзор-региона.xlsx';
    expect(fileNameOf(`attachment; filename="_____-_______.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`, 'x')).toBe(name);
  });

  it('falls back without one, or with a broken one', () => {
    expect(fileNameOf(null, 'region-overview.csv')).toBe('region-overview.csv');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A", 'x.csv')).toBe('x.csv');
  });
});
