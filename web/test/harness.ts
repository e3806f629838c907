import { randomInt } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const screenshotDir = resolve(__dirname, '../../test-artifacts/screenshots');

export function requiredEnv(name: 'WEB_URL' | 'DEMO_PASSWORD' | 'MAILBOX_URL'): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set: the browser tests need the running system`);
  return value;
}

export interface BrowserSession {
  /** The first visitor's browser profile. */
  context: BrowserContext;
  /** Another visitor's profile: its own cookies and storage, as on another computer. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export type Viewport = { width: number; height: number };
export const DESKTOP: Viewport = { width: 1280, height: 800 };
/** A common phone's screen in CSS pixels (iPhone 12–14). */
export const PHONE: Viewport = { width: 390, height: 844 };

/** Debian's Chromium with a throwaway profile: its own cookies and storage, as on another computer. */
async function launchProfile(viewport: Viewport): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'pdo-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'ru-RU',
    timezoneId: 'Asia/Novokuznetsk',
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The first visitor's profile; `newContext` opens another visitor's, and `close` ends them all. */
export async function launchBrowser(viewport: Viewport = DESKTOP): Promise<BrowserSession> {
  const profiles = [await launchProfile(viewport)];
  return {
    context: profiles[0]!.context,
    async newContext() {
      const profile = await launchProfile(viewport);
      profiles.push(profile);
      return profile.context;
    },
    async close() {
      await Promise.all(profiles.map((profile) => profile.close()));
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Fails with one readable line per violation and affected element (WCAG 2.0/2.1, levels A and AA). */
export async function checkA11y(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (violations.length === 0) return;
  const report = violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} — ${violation.helpUrl}`,
    ...violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(/\n/g, ' ')),
  ]);
  throw new Error(`Accessibility violations on ${page.url()}:\n${report.join('\n')}`);
}

export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Логин', exact: true }).fill(login);
  await page.getByRole('textbox', { name: 'Пароль', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
}

/** A page in a fresh browser profile signed in as a demo account, landing in its cabinet. */
export async function signedInPage(session: BrowserSession, login: string): Promise<Page> {
  const context = await session.newContext();
  const page = await context.newPage();
  await page.goto(new URL('/', requiredEnv('WEB_URL')).href);
  await signIn(page, login, requiredEnv('DEMO_PASSWORD'));
  await page.getByRole('button', { name: 'Выйти' }).waitFor();
  return page;
}

/**
 * «Отправить заявку» on the certificate application form, the e-mail filled in. A new child reaches the certificates
 * service through Kafka; until then the API says so and the parent sends again.
 */
export async function sendApplication(page: Page, email: string): Promise<void> {
  const sentNotice = page.getByText(`На адрес ${email} отправлено письмо`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.getByRole('button', { name: 'Отправить заявку' }).click();
    const outcome = await Promise.race([
      sentNotice.waitFor().then(() => 'sent' as const),
      page
        .getByRole('alert')
        .filter({ hasText: 'Ребёнок не найден' })
        .waitFor()
        .then(() => 'not yet' as const),
    ]);
    if (outcome === 'sent') return;
    if (Date.now() > deadline) throw new Error('the certificates service never learned about the new child');
    await page.waitForTimeout(1_000);
  }
}

/** Opens the link of the application's confirmation letter to `email`, as the applicant does, and waits for the confirmation. */
export async function confirmEmailFromLetter(page: Page, email: string): Promise<void> {
  const mail = await waitForMail(email, 'Заявка на сертификат ПДО. Подтверждение электронной почты');
  const token = /[?&]token=([\w-]+)/.exec(mail.text)?.[1];
  expect(token).toBeDefined();
  await page.goto(new URL(`/confirm-email?token=${token}`, requiredEnv('WEB_URL')).href);
  await page.getByText('Адрес электронной почты подтверждён').waitFor();
}

/** Screenshots a page shown on a phone, and checks it is no wider than the screen and accessible. */
export async function checkPhonePage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
  if (overflow > 1) throw new Error(`${page.url()} is ${overflow}px wider than a phone screen`);
  await checkA11y(page);
}

/** Screenshots the page at a phone's width too, and checks it stays accessible there. */
export async function checkOnPhone(page: Page, name: string): Promise<void> {
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE);
  // The cabinet's navigation slides away when the layout switches to the phone one.
  await page.waitForTimeout(500);
  try {
    await checkPhonePage(page, `${name}-phone`);
  } finally {
    if (desktop) await page.setViewportSize(desktop);
  }
}

/** Opens a section of the cabinet from its navigation, through «Показать разделы» where the screen is a phone's. */
export async function openSection(page: Page, label: string): Promise<void> {
  // below Mantine's `sm` breakpoint (48em) the navigation is folded behind the burger
  if ((page.viewportSize()?.width ?? DESKTOP.width) < 768) await page.getByRole('button', { name: 'Показать разделы' }).click();
  await page.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: label, exact: true }).click();
}

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** Waits for a message to `to` with the subject in the development mailbox (its JSON API). */
export async function waitForMail(to: string, subject: string, timeoutMs = 60_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(new URL('/api/messages', requiredEnv('MAILBOX_URL')));
    const messages = (await response.json()) as Mail[];
    const found = messages.find((m) => m.subject === subject && m.to.includes(to));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no e-mail to ${to} with subject «${subject}» within ${timeoutMs} ms`);
}

const letters = 'абвгдежзиклмнопрстуфхцчшэюя';

/** A Cyrillic surname nobody else in the demo data has, so parallel tests never meet this family. */
export function uniqueSurname(prefix = 'Тест', ending = 'ов'): string {
  return `${prefix}${Array.from({ length: 6 }, () => letters[randomInt(letters.length)]).join('')}${ending}`;
}
