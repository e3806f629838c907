/**
 * The 34 municipalities of Kuzbass with the two-digit codes used inside certificate numbers
 * (42 + code + sequence). Киселевск is 07, as in the seed's certificate 4207000002.
 */
export interface MunicipalityReference {
  code: string;
  name: string;
  kind: 'city' | 'district';
}

export const kuzbassMunicipalities: readonly MunicipalityReference[] = [
  { code: '01', name: 'г. Кемерово', kind: 'city' },
  { code: '02', name: 'г. Новокузнецк', kind: 'city' },
  { code: '03', name: 'г. Анжеро-Судженск', kind: 'city' },
  { code: '04', name: 'г. Белово', kind: 'city' },
  { code: '05', name: 'г. Березовский', kind: 'city' },
  { code: '06', name: 'г. Калтан', kind: 'city' },
  { code: '07', name: 'г. Киселевск', kind: 'city' },
  { code: '08', name: 'пгт Краснобродский', kind: 'city' },
  { code: '09', name: 'г. Ленинск-Кузнецкий', kind: 'city' },
  { code: '10', name: 'г. Междуреченск', kind: 'city' },
  { code: '11', name: 'г. Мыски', kind: 'city' },
  { code: '12', name: 'г. Осинники', kind: 'city' },
  { code: '13', name: 'г. Полысаево', kind: 'city' },
  { code: '14', name: 'г. Прокопьевск', kind: 'city' },
  { code: '15', name: 'г. Тайга', kind: 'city' },
  { code: '16', name: 'г. Юрга', kind: 'city' },
  { code: '17', name: 'Беловский муниципальный округ', kind: 'district' },
  { code: '18', name: 'Гурьевский муниципальный округ', kind: 'district' },
  { code: '19', name: 'Ижморский муниципальный округ', kind: 'district' },
  { code: '20', name: 'Кемеровский муниципальный округ', kind: 'district' },
  { code: '21', name: 'Крапивинский муниципальный округ', kind: 'district' },
  { code: '22', name: 'Ленинск-Кузнецкий муниципальный округ', kind: 'district' },
  { code: '23', name: 'Мариинский муниципальный округ', kind: 'district' },
  { code: '24', name: 'Новокузнецкий муниципальный округ', kind: 'district' },
  { code: '25', name: 'Прокопьевский муниципальный округ', kind: 'district' },
  { code: '26', name: 'Промышленновский муниципальный округ', kind: 'district' },
  { code: '27', name: 'Таштагольский муниципальный район', kind: 'district' },
  { code: '28', name: 'Тисульский муниципальный округ', kind: 'district' },
  { code: '29', name: 'Топкинский муниципальный округ', kind: 'district' },
  { code: '30', name: 'Тяжинский муниципальный округ', kind: 'district' },
  { code: '31', name: 'Чебулинский муниципальный округ', kind: 'district' },
  { code: '32', name: 'Юргинский муниципальный округ', kind: 'district' },
  { code: '33', name: 'Яйский муниципальный округ', kind: 'district' },
  { code: '34', name: 'Яшкинский муниципальный округ', kind: 'district' },
];

export const isMunicipalityCode = (code: string) => kuzbassMunicipalities.some((m) => m.code === code);
