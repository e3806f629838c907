import { isMunicipalityCode, kuzbassMunicipalities } from './municipalities';

describe('Kuzbass municipalities', () => {
  it('lists 34 municipalities with unique two-digit codes and names', () => {
    expect(kuzbassMunicipalities).toHaveLength(34);
    expect(new Set(kuzbassMunicipalities.map((m) => m.code)).size).toBe(34);
    expect(new Set(kuzbassMunicipalities.map((m) => m.name)).size).toBe(34);
    for (const m of kuzbassMunicipalities) expect(m.code).toMatch(/^\d{2}$/);
  });

  it('keeps Киселевск at 07, as in the seed certificate 4207000002', () => {
    expect(kuzbassMunicipalities.find((m) => m.code === '07')?.name).toBe('г. Киселевск');
    expect(isMunicipalityCode('07')).toBe(true);
    expect(isMunicipalityCode('35')).toBe(false);
  });
});
