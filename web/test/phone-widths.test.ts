// Issue 12: no page scrolls sideways on a phone. Every path of the route table (web/src/routes.ts) is opened at
// 390×844 by every role that may open it (a visitor the public ones), once its data has loaded, and the document
// must be no wider than the screen; wide tables scroll inside their own region, which does not widen the document.
// One browser and one tab: each demo account signs in once and walks all its pages.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Role } from '../src/auth/viewer';
import { cabinetPathsOf, cabinets } from '../src/layouts/cabinets';
import { paths, type RoutePath } from '../src/routes';
import { childWithActiveCertificate, eventually, publishedProgram } from '../../test/system/family.fixture';
import { errorCodes, graphql, signIn as apiSignIn } from '../../test/system/gateway.client';
import { PHONE, launchBrowser, requiredEnv, screenshot, signIn, type BrowserSession } from './harness';

const webUrl = requiredEnv('WEB_URL');

/** The demo account of each role (README), and who opens the public pages. */
const accounts: readonly { role: Role | 'visitor'; login: string | null }[] = [
  { role: 'visitor', login: null },
  { role: 'parent', login: 'parent' },
  { role: 'child', login: 'child14' },
  { role: 'operator', login: 'operator' },
  { role: 'provider_staff', login: 'provider' },
  { role: 'regional_admin', login: 'admin' },
  { role: 'finance_officer', login: 'finance' },
];

const cabinetPaths = new Set<string>(
  cabinets.flatMap((cabinet) => [
    cabinet.basePath,
    ...cabinet.sections.map((s) => s.path),
    ...cabinet.subScreens.map((s) => s.path),
  ]),
);
// a cabinet's base path only sends the viewer on, so it has no page of its own
const basePaths = new Set<string>(cabinets.map((cabinet) => cabinet.basePath));
const publicPaths = Object.values(paths).filter((path) => !cabinetPaths.has(path));

/** `/cabinet/children/:childId/edit` with the account's own records in place of the parameters. */
function fill(path: RoutePath, params: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} of ${path}: give the test a record to open`);
    return encodeURIComponent(value);
  });
}

/** Waits for the page's heading and for its queries to be answered (no loader left outside a button). */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.mantine-Loader-root')).every((loader) => loader.closest('button') !== null),
  );
}

/** How far the document is wider than the screen, and the outermost elements that stick out beyond it. */
async function overflowOf(page: Page): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const screenWidth = window.innerWidth;
    const scrollsInside = (element: Element) => {
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const sticking = Array.from(document.body.querySelectorAll('*')).filter(
      (element) => element.getBoundingClientRect().right > screenWidth + 1 && !scrollsInside(element),
    );
    const outermost = sticking.filter((element) => !sticking.includes(element.parentElement as Element));
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}` +
      ` «${(element.textContent ?? '').trim().slice(0, 40)}» ${Math.round(element.getBoundingClientRect().right)}px`;
    return { width: document.documentElement.scrollWidth, culprits: outermost.slice(0, 5).map(describe) };
  });
}

describe('no page scrolls sideways on a phone', () => {
  let session: BrowserSession;
  let page: Page;
  /** Records for the paths with parameters, per login. */
  const params: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    // what the parameters open: the parent's child with an activated certificate, enrolled in the provider's program
    const parentToken = await apiSignIn('parent');
    const suffix = randomBytes(3).toString('hex');
    const { childId, number } = await childWithActiveCertificate(parentToken, `shirina-${suffix}@example.ru`, {
      lastName: 'Широкова',
      firstName: 'Алиса',
      patronymic: 'Константиновна',
      sex: 'FEMALE',
      age: 10,
    });
    const { programId, groupId } = await publishedProgram(await apiSignIn('provider'), {
      title: `Студия «Широкий экран» ${suffix}`,
    });
    const enrolled = await eventually(
      () =>
        graphql(
          'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id } }',
          { input: { childId, groupId, idempotencyKey: `shirina-${suffix}`, offerAccepted: true } },
          parentToken,
        ),
      (result) => !errorCodes(result).includes('CERTIFICATE_NOT_ACTIVE'),
    );
    expect(enrolled.errors).toBeUndefined();
    const own = await graphql<{ myChildren: { id: string }[] }>('{ myChildren { id } }', {}, await apiSignIn('child14'));
    params.visitor = { programId };
    params.parent = { childId };
    params.child14 = { childId: own.data?.myChildren[0]?.id ?? '' };
    params.operator = { number };
    params.provider = { programId };

    session = await launchBrowser(PHONE);
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('keeps every page of every role within 390 px', async () => {
    const visited = new Set<string>();
    const wide: string[] = [];
    for (const { role, login } of accounts) {
      const routes = role === 'visitor' ? publicPaths : cabinetPathsOf(role);
      if (login !== null) {
        await page.goto(new URL(paths.home, webUrl).href);
        await signIn(page, login, requiredEnv('DEMO_PASSWORD'));
        await page.getByRole('button', { name: 'Выйти' }).waitFor();
      }
      for (const path of routes) {
        const url = fill(path, params[login ?? 'visitor'] ?? {});
        await page.goto(new URL(url, webUrl).href);
        await settle(page);
        const { width, culprits } = await overflowOf(page);
        visited.add(path);
        await screenshot(page, `phone-width-${login ?? 'visitor'}${url.replace(/\W+/g, '-')}`);
        if (width > PHONE.width) {
          wide.push(`${login ?? 'visitor'} ${url}: ${width}px; sticking out: ${culprits.join('; ')}`);
        }
      }
      // signing out of the tab: its access token and the refresh cookie go
      await page.context().clearCookies();
      await page.evaluate(() => window.sessionStorage.clear());
    }
    expect(wide).toEqual([]);
    expect(Object.values(paths).filter((path) => !visited.has(path) && !basePaths.has(path))).toEqual([]);
  });
});
