import { renderPdf } from '@pdo/pdf';

/** What one parent gets on paper from the operator: enough to sign in for the first time. */
export interface CredentialsSlip {
  displayName: string;
  login: string;
  temporaryPassword: string;
  /** «Фамилия Имя» of each child imported for this parent */
  children: string[];
}

export const CREDENTIALS_HEADING = 'Данные для входа в систему ПДО';
export const FIRST_SIGN_IN_NOTE = 'При первом входе система попросит сменить пароль.';

const line = (label: string, value: string, valueStyle: object = {}) => ({
  text: [
    { text: `${label}: `, color: '#555555' },
    { text: value, ...valueStyle },
  ],
  margin: [0, 2, 0, 0],
});

/** The site as a parent types it: a bare trailing slash dropped, a path kept. */
export function siteAddress(siteUrl: string): string {
  const url = new URL(siteUrl);
  return url.pathname === '/' ? url.origin : url.toString();
}

/** One slip per parent, never split across pages, with a dashed line to cut along. */
function slip(entry: CredentialsSlip, site: string) {
  return {
    unbreakable: true,
    margin: [0, 0, 0, 14],
    stack: [
      { text: CREDENTIALS_HEADING, bold: true, fontSize: 12, margin: [0, 0, 0, 6] },
      line('ФИО', entry.displayName),
      line('Логин', entry.login, { bold: true, fontSize: 12 }),
      line('Временный пароль', entry.temporaryPassword, { bold: true, fontSize: 12, characterSpacing: 1 }),
      line(entry.children.length > 1 ? 'Дети' : 'Ребёнок', entry.children.join(', ')),
      line('Адрес сайта', site),
      { text: FIRST_SIGN_IN_NOTE, italics: true, margin: [0, 6, 0, 8] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 505, y2: 0, dash: { length: 4 }, lineColor: '#999999' }] },
    ],
  };
}

/** The sheet an operator prints after a CSV import: slips to cut and hand to the parents. */
export function credentialsSheetDocument(entries: readonly CredentialsSlip[], siteUrl: string): object {
  const site = siteAddress(siteUrl);
  return {
    info: { title: CREDENTIALS_HEADING },
    pageSize: 'A4',
    pageMargins: [45, 40, 45, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    content: entries.map((entry) => slip(entry, site)),
  };
}

export const credentialsSheetPdf = (entries: readonly CredentialsSlip[], siteUrl: string): Promise<Buffer> =>
  renderPdf(credentialsSheetDocument(entries, siteUrl));
