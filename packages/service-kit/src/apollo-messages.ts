import type { GraphQLFormattedError } from 'graphql';

const CYRILLIC = /[\u0400-\u04ff]/;

type Translation = [RegExp, (match: RegExpExecArray) => string];

/**
 * Apollo's and graphql-js's own English messages, as people should read them. Values from the request are
 * never quoted back: a variable may be megabytes long or hold a password.
 */
const TRANSLATIONS: Translation[] = [
  [/^Operation batching disabled/, () => 'Пакетные запросы (несколько операций в одном запросе) не поддерживаются.'],
  [
    /Cross-Site Request Forgery/,
    () =>
      'Запрос отклонён как возможная подделка межсайтового запроса (CSRF): отправьте его с заголовком Content-Type: application/json.',
  ],
  [
    /^POST body missing/,
    () => 'Тело запроса пустое или не в формате JSON: отправьте JSON с заголовком Content-Type: application/json.',
  ],
  [/^GraphQL queries must be strings/, () => 'Поле query должно быть строкой.'],
  [/must contain a non-empty `query`/, () => 'В запросе нет текста операции GraphQL (поле query).'],
  [/^`variables` in a POST body/, () => 'Поле variables должно быть JSON-объектом.'],
  [/^`extensions` in a POST body/, () => 'Поле extensions должно быть JSON-объектом.'],
  [/^`operationName` in a POST body/, () => 'Поле operationName должно быть строкой.'],
  [/search parameter/, () => 'Параметры GET-запроса составлены неверно.'],
  [/^GET requests only support query/, () => 'GET-запросом можно только читать данные; изменения отправляйте методом POST.'],
  [/^GET requests may not have a content-type/, () => 'GET-запрос не должен иметь другого Content-Type, кроме application/json.'],
  [/supports only GET\/POST/, () => 'Поддерживаются только методы GET и POST.'],
  [/'accept' header/, () => 'Заголовок Accept не допускает ответа в формате JSON.'],
  [/incremental delivery/, () => 'Отложенная доставка (@defer, @stream) не поддерживается.'],
  [/^PersistedQueryNotFound/, () => 'Сохранённый запрос не найден: отправьте полный текст запроса.'],
  [/^PersistedQueryNotSupported/, () => 'Сохранённые запросы не поддерживаются.'],
  [/^Must provide operation name/, () => 'В запросе несколько операций: укажите, какую выполнить (operationName).'],
  [/^Unknown operation named "([_A-Za-z][_0-9A-Za-z]*)"/, (m) => `В запросе нет операции «${m[1]}».`],
  [/^No operations found/, () => 'В запросе нет ни одной операции.'],
  [/^Maximum call stack size exceeded/, () => 'Запрос слишком сложный или слишком глубоко вложенный.'],
  [
    /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" of required type "([^"]{1,200})" was not provided/,
    (m) => `Не передана обязательная переменная $${m[1]} (${m[2]}).`,
  ],
  [
    /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" of non-null type "([^"]{1,200})" must not be null/,
    (m) => `Переменная $${m[1]} (${m[2]}) не может быть null.`,
  ],
  [
    /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value .*? at "([_0-9A-Za-z.[\]]{1,300})"; Field "([_A-Za-z][_0-9A-Za-z]*)" is not defined/s,
    (m) => `Переменная $${m[1]}: в ${m[2]} нет поля «${m[3]}».`,
  ],
  [
    /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value .*? at "([_0-9A-Za-z.[\]]{1,300})"; Field "([_A-Za-z][_0-9A-Za-z]*)" of required type "([^"]{1,200})" was not provided/s,
    (m) => `Переменная $${m[1]}: в ${m[2]} не заполнено обязательное поле «${m[3]}» (${m[4]}).`,
  ],
  [
    /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value .*? at "([_0-9A-Za-z.[\]]{1,300})"/s,
    (m) => `Переменная $${m[1]}: недопустимое значение в ${m[2]}.`,
  ],
  [/^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value/, (m) => `Переменная $${m[1]}: недопустимое значение или тип.`],
  [
    /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" cannot be non-input type/,
    (m) => `Переменная $${m[1]} объявлена с типом, который нельзя передать на вход.`,
  ],
  [/^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" is not defined/, (m) => `Переменная $${m[1]} используется, но не объявлена.`],
  [/^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" is never used/, (m) => `Переменная $${m[1]} объявлена, но не используется.`],
  [
    /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" of type "([^"]{1,200})" used in position expecting type "([^"]{1,200})"/,
    (m) => `Переменная $${m[1]} типа ${m[2]} передана туда, где ожидается ${m[3]}.`,
  ],
  [
    /^Cannot query field "([_A-Za-z][_0-9A-Za-z]*)" on type "([_A-Za-z][_0-9A-Za-z]*)"/,
    (m) => `У типа ${m[2]} нет поля «${m[1]}».`,
  ],
  [
    /^Unknown argument "([_A-Za-z][_0-9A-Za-z]*)" on field "([_A-Za-z][_0-9A-Za-z.]*)"/,
    (m) => `У поля ${m[2]} нет аргумента «${m[1]}».`,
  ],
  [
    /^Field "([_A-Za-z][_0-9A-Za-z.]*)" argument "([_A-Za-z][_0-9A-Za-z]*)" of type "([^"]{1,200})" is required/,
    (m) => `Поле ${m[1]}: не передан обязательный аргумент «${m[2]}» (${m[3]}).`,
  ],
  [
    /^Field "([_A-Za-z][_0-9A-Za-z.]*)" of type "([^"]{1,200})" must have a selection of subfields/,
    (m) => `Поле ${m[1]} (${m[2]}) требует перечислить вложенные поля.`,
  ],
  [
    /^Field "([_A-Za-z][_0-9A-Za-z.]*)" must not have a selection since type "([^"]{1,200})" has no subfields/,
    (m) => `У поля ${m[1]} (${m[2]}) нет вложенных полей.`,
  ],
  [/^Unknown type "([_A-Za-z][_0-9A-Za-z]*)"/, (m) => `Неизвестный тип ${m[1]}.`],
  [/^Syntax Error/, () => 'Синтаксическая ошибка в тексте запроса GraphQL.'],
  [/^Document contains more than \d+ tokens/, () => 'Текст запроса GraphQL слишком длинный.'],
  [/cannot represent/, () => 'Значение не подходит по типу.'],
  [/^Expected value of type "([^"]{1,200})"/, (m) => `Значение не подходит по типу ${m[1]}.`],
];

/** When a message has no translation, its code still says what kind of refusal it is. */
const BY_CODE: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'Синтаксическая ошибка в тексте запроса GraphQL.',
  GRAPHQL_VALIDATION_FAILED: 'Запрос не соответствует схеме данных.',
  BAD_USER_INPUT: 'Недопустимое значение во входных данных.',
  BAD_REQUEST: 'Запрос составлен неверно.',
  PERSISTED_QUERY_NOT_FOUND: 'Сохранённый запрос не найден: отправьте полный текст запроса.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Сохранённые запросы не поддерживаются.',
  OPERATION_RESOLUTION_FAILURE: 'Не удалось определить, какую операцию выполнить.',
  UNAUTHENTICATED: 'Войдите в личный кабинет, чтобы продолжить.',
  FORBIDDEN: 'Недостаточно прав для этого действия.',
};

const FALLBACK = 'Запрос отклонён.';

/** graphql-js quotes the whole value before a scalar's own (Russian) reason; only the reason is kept. */
const SCALAR_REASON = [
  /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value .*; ([^;]*)$/s,
  /^Expected value of type "([^"]{1,200})", found .*; ([^;]*)$/s,
];

const FIRST_LETTER = /\p{L}/u;

/** The Russian message of an error that reaches a client: ours pass unchanged, Apollo's are translated. */
export function russianMessage(formatted: Pick<GraphQLFormattedError, 'message' | 'extensions'>): string {
  const { message } = formatted;
  if (CYRILLIC.test(FIRST_LETTER.exec(message)?.[0] ?? '')) return message;
  for (const pattern of SCALAR_REASON) {
    const reason = pattern.exec(message);
    if (reason && CYRILLIC.test(reason[2])) return reason[2];
  }
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match) return translate(match);
  }
  const code = formatted.extensions?.code;
  return (typeof code === 'string' && BY_CODE[code]) || FALLBACK;
}
