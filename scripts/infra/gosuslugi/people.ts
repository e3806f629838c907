// Demo people of the local Gosuslugi stand-in: what ESIA would tell identity about each (OpenID Connect claims).
export type GosuslugiPerson = {
  sub: string;
  family_name: string;
  given_name: string;
  middle_name: string;
  email: string;
  email_verified: boolean;
  /** 11 digits with a right check number, as identity checks it */
  snils: string;
  /** for the chooser page only */
  about: string;
};

export const GOSUSLUGI_PEOPLE: readonly GosuslugiPerson[] = [
  {
    sub: 'esia-demo-1001',
    family_name: 'Смирнова',
    given_name: 'Анна',
    middle_name: 'Викторовна',
    email: 'anna.smirnova@example.ru',
    email_verified: true,
    snils: '11223344595',
    about: 'мама, г. Киселевск; подтверждённая учётная запись',
  },
  {
    sub: 'esia-demo-1002',
    family_name: 'Кузнецов',
    given_name: 'Дмитрий',
    middle_name: 'Иванович',
    email: 'd.kuznetsov@example.ru',
    email_verified: true,
    snils: '12345678964',
    about: 'папа, г. Кемерово; подтверждённая учётная запись',
  },
  {
    sub: 'esia-demo-1003',
    family_name: 'Орлова',
    given_name: 'Елена',
    middle_name: 'Сергеевна',
    email: 'e.orlova@example.ru',
    email_verified: false,
    snils: '98765432183',
    about: 'мама, г. Новокузнецк; почта не подтверждена',
  },
];
