import { all, chosen, email, filled, ticked } from './form-rules';

describe('form rules', () => {
  it('refuses a blank field, spaces included, with the form’s own message', () => {
    const rule = filled('Укажите фамилию.');
    expect(rule('')).toBe('Укажите фамилию.');
    expect(rule('   ')).toBe('Укажите фамилию.');
    expect(rule('Иванова')).toBeNull();
  });

  it('asks for a choice until one is made', () => {
    const rule = chosen('Выберите муниципалитет.');
    expect(rule(null)).toBe('Выберите муниципалитет.');
    expect(rule('')).toBe('Выберите муниципалитет.');
    expect(rule('32')).toBeNull();
  });

  it.each(['ivanova@mail.ru', ' ivanova@mail.ru ', 'анна@почта.рф'])('takes «%s» as an e-mail address', (value) => {
    expect(email()(value)).toBeNull();
  });

  it.each(['ivanova', 'ivanova@mail', '@mail.ru', 'iva nova@mail.ru', 'ivanova@@mail.ru'])(
    'refuses «%s» with an example of a right address',
    (value) => {
      expect(email()(value)).toMatch(/неверно, например/);
    },
  );

  it('says a blank address is missing rather than wrong', () => {
    expect(email()('')).toBe('Укажите адрес электронной почты.');
    expect(email('Укажите почту родителя.')(' ')).toBe('Укажите почту родителя.');
  });

  it('gives the first failing rule’s message', () => {
    const rule = all(filled('Укажите номер.'), (value: string) => (/^\d+$/.test(value) ? null : 'Только цифры.'));
    expect(rule('')).toBe('Укажите номер.');
    expect(rule('12a')).toBe('Только цифры.');
    expect(rule('12')).toBeNull();
  });

  it('wants a consent ticked by the person', () => {
    expect(ticked('Примите условия договора-оферты.')(false)).toBe('Примите условия договора-оферты.');
    expect(ticked('Примите условия договора-оферты.')(true)).toBeNull();
  });
});
