import { russianMessage } from './apollo-messages';

const CYRILLIC = /[\u0400-\u04ff]/;
const say = (message: string, code = 'BAD_REQUEST') => russianMessage({ message, extensions: { code } });

describe('russianMessage', () => {
  it('passes our own Russian messages unchanged', () => {
    expect(say('Свободных мест в группе нет.', 'NO_SEATS_LEFT')).toBe('Свободных мест в группе нет.');
  });

  it.each([
    ['Operation batching disabled.', 'BAD_REQUEST'],
    [
      "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header",
      'BAD_REQUEST',
    ],
    ['POST body missing, invalid Content-Type, or JSON object has no keys.', 'BAD_REQUEST'],
    ['PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND'],
    ['PersistedQueryNotSupported', 'PERSISTED_QUERY_NOT_SUPPORTED'],
    ['Maximum call stack size exceeded', 'BAD_USER_INPUT'],
    ['Syntax Error: Expected Name, found <EOF>.', 'GRAPHQL_PARSE_FAILED'],
    ['Cannot query field "secret" on type "Query".', 'GRAPHQL_VALIDATION_FAILED'],
    ['Apollo Server supports only GET/POST requests.', 'METHOD_NOT_ALLOWED'],
    ['Something Apollo adds next year', 'BAD_REQUEST'],
  ])('translates %s', (message, code) => {
    expect(say(message, code)).toMatch(CYRILLIC);
  });

  it('never quotes a variable’s value back', () => {
    const huge = 'пароль-canary'.repeat(1000);
    const message = `Variable "$input" got invalid value { password: "${huge}" } at "input.login"; String cannot represent a non string value: 5`;
    expect(say(message, 'BAD_USER_INPUT')).toBe('Переменная $input: недопустимое значение в input.login.');
    const scalar = `Variable "$amount" got invalid value "${huge}"; Сумма указывается целым числом копеек.`;
    expect(say(scalar, 'BAD_USER_INPUT')).toBe('Сумма указывается целым числом копеек.');
    const literal = `Expected value of type "Kopecks", found 100.5; Сумма указывается целым числом копеек.`;
    expect(say(literal, 'BAD_USER_INPUT')).toBe('Сумма указывается целым числом копеек.');
  });

  it('names a missing variable and a missing field', () => {
    expect(say('Variable "$id" of required type "ID!" was not provided.', 'BAD_USER_INPUT')).toBe(
      'Не передана обязательная переменная $id (ID!).',
    );
    expect(
      say('Variable "$input" got invalid value {} at "input"; Field "login" of required type "String!" was not provided.'),
    ).toBe('Переменная $input: в input не заполнено обязательное поле «login» (String!).');
  });
});
