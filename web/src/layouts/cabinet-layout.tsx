import { AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth.context';
import { cabinetHome, cabinetsOf, visibleSections, type Cabinet, type CabinetSection } from './cabinets';
import { paths } from '../routes';

interface NavGroup {
  label: string | null;
  sections: CabinetSection[];
}

// Consecutive sections sharing a group label nest under one entry, as «Услуги» → «Дополнительное образование».
function groupSections(sections: CabinetSection[]): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const section of sections) {
    const label = section.group ?? null;
    const last = groups.at(-1);
    if (last !== undefined && label !== null && last.label === label) last.sections.push(section);
    else groups.push({ label, sections: [section] });
  }
  return groups;
}

export function CabinetLayout({ cabinet }: { cabinet: Cabinet }) {
  const { state, signOut } = useAuth();
  const [navbarOpened, navbar] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  if (state.status !== 'signed-in') return null;
  const { viewer } = state;

  function sectionLink(section: CabinetSection) {
    const href = section.path;
    const active = location.pathname === href;
    return (
      <NavLink
        key={href}
        component={Link}
        to={href}
        label={section.label}
        active={active}
        variant="filled"
        aria-current={active ? 'page' : undefined}
        onClick={navbar.close}
      />
    );
  }

  const otherCabinets = cabinetsOf(viewer).flatMap((other) => {
    const home = other === cabinet ? null : cabinetHome(other, viewer);
    return home === null ? [] : [{ title: other.title, home }];
  });

  function leave() {
    signOut();
    navigate(paths.home, { replace: true });
  }

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navbarOpened}
              onClick={navbar.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navbarOpened ? 'Скрыть разделы' : 'Показать разделы'}
            />
            {/* A long title («Кабинет уполномоченного органа») takes two smaller lines on a phone rather than pushing «Выйти» off. */}
            <Text component="span" fw={700} fz={{ base: 'sm', sm: 'lg' }} lh={1.2} lineClamp={2}>
              {cabinet.title}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text component="span" size="sm" visibleFrom="sm">
              {viewer.displayName}
            </Text>
            <Button variant="default" onClick={leave}>
              Выйти
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Разделы кабинета">
        <AppShell.Section grow>
          {groupSections(visibleSections(cabinet, viewer)).map((group) =>
            group.label === null ? (
              group.sections.map(sectionLink)
            ) : (
              <NavLink key={group.label} component="button" label={group.label} defaultOpened>
                {group.sections.map(sectionLink)}
              </NavLink>
            ),
          )}
        </AppShell.Section>
        <AppShell.Section>
          {otherCabinets.map((other) => (
            <NavLink key={other.home} component={Link} to={other.home} label={other.title} onClick={navbar.close} />
          ))}
          <NavLink component={Link} to={paths.catalogue} label="Навигатор программ" onClick={navbar.close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
