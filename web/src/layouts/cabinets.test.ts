import type { Role, Viewer } from '../auth/viewer';
import { paths } from '../routes';
import { cabinetPathsOf, cabinetsOf, cabinets, homeOf, sectionRoles, visibleSections } from './cabinets';

const roles: readonly Role[] = ['parent', 'child', 'operator', 'regional_admin', 'finance_officer', 'provider_staff'];
const viewerWith = (...given: string[]): Viewer => ({ roles: given }) as unknown as Viewer;
const knownPaths = new Set<string>(Object.values(paths));

describe('cabinets', () => {
  it.each(roles)('lands a viewer with the one role %s in a section of a cabinet that role may open', (role) => {
    const viewer = viewerWith(role);
    const home = homeOf(viewer);
    expect(home).not.toBeNull();
    const [cabinet] = cabinetsOf(viewer);
    expect(visibleSections(cabinet!, viewer).map((section) => section.path)).toContain(home);
  });

  it('shows every section only to the roles it names', () => {
    for (const cabinet of cabinets)
      for (const section of cabinet.sections)
        for (const role of roles)
          expect(visibleSections(cabinet, viewerWith(role)).includes(section)).toBe(
            sectionRoles(cabinet, section).includes(role),
          );
  });

  it('narrows a cabinet’s roles in a section, never widens them', () => {
    for (const cabinet of cabinets)
      for (const section of cabinet.sections)
        for (const role of sectionRoles(cabinet, section)) expect(cabinet.roles).toContain(role);
  });

  it('opens no cabinet for a viewer without a role, or with a role this client does not know', () => {
    expect(homeOf(viewerWith())).toBeNull();
    expect(homeOf(viewerWith('superuser'))).toBeNull();
    expect(cabinetsOf(viewerWith('superuser'))).toEqual([]);
  });

  it('links every section and its action to a declared path inside its cabinet', () => {
    for (const cabinet of cabinets)
      for (const section of cabinet.sections) {
        expect(knownPaths.has(section.path)).toBe(true);
        expect(section.path.startsWith(cabinet.basePath)).toBe(true);
        if (section.action) expect(knownPaths.has(section.action.to)).toBe(true);
      }
  });

  it('keeps every sub-screen inside its cabinet, for roles of that cabinet, and lists it among the role’s paths', () => {
    for (const cabinet of cabinets)
      for (const screen of cabinet.subScreens) {
        expect(knownPaths.has(screen.path)).toBe(true);
        expect(screen.path.startsWith(`${cabinet.basePath}/`)).toBe(true);
        for (const role of screen.roles) {
          expect(cabinet.roles).toContain(role);
          expect(cabinetPathsOf(role)).toContain(screen.path);
        }
      }
  });
});
