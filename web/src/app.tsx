import { Alert, Button, Center, Container, Group, Loader, Stack, Text } from '@mantine/core';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useAuth } from './auth/auth.context';
import { unreachableMessage } from './auth/request-error';
import { RequireRoles } from './auth/require-roles';
import { CabinetLayout } from './layouts/cabinet-layout';
import { cabinets, sectionRoles } from './layouts/cabinets';
import { PublicLayout } from './layouts/public-layout';
import { screens } from './layouts/screens';
import { CataloguePage } from './public/catalogue-page';
import { ChangePasswordPage } from './public/change-password-page';
import { ConfirmEmailPage } from './public/confirm-email-page';
import { GosuslugiCallbackPage } from './public/gosuslugi-callback-page';
import { HomePage } from './public/home-page';
import { NotFoundPage } from './public/not-found-page';
import { PasswordRecoveryPage } from './public/password-recovery-page';
import { ProgramPage } from './public/program-page';
import { SectionPage } from './pages/section-page';
import { paths } from './routes';

function SessionRestoring() {
  return (
    <Center component="main" mih="100vh">
      <Stack align="center">
        <Loader aria-hidden />
        <Text role="status">Восстанавливаем вход…</Text>
      </Stack>
    </Center>
  );
}

function SessionUnreachable() {
  const { retryRestore, signOut } = useAuth();
  return (
    <Container component="main" size="sm" py="xl">
      <Alert color="red" variant="outline" title="Не удалось открыть личный кабинет">
        <Stack>
          <Text>{unreachableMessage}</Text>
          <Group>
            <Button onClick={retryRestore}>Повторить</Button>
            <Button variant="default" onClick={signOut}>
              Войти заново
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Container>
  );
}

export function App() {
  const { state } = useAuth();
  if (state.status === 'restoring') return <SessionRestoring />;
  if (state.status === 'unreachable') return <SessionUnreachable />;
  if (state.status === 'signed-in' && state.mustChangePassword) return <ChangePasswordPage />;
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path={paths.passwordRecovery} element={<PasswordRecoveryPage />} />
        <Route path={paths.catalogue} element={<CataloguePage />} />
        <Route path={paths.program} element={<ProgramPage />} />
        <Route path={paths.confirmEmail} element={<ConfirmEmailPage />} />
        <Route path={paths.gosuslugiCallback} element={<GosuslugiCallbackPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {cabinets.map((cabinet) => (
        <Route
          key={cabinet.basePath}
          path={cabinet.basePath}
          element={
            <RequireRoles roles={cabinet.roles}>
              <CabinetLayout cabinet={cabinet} />
            </RequireRoles>
          }
        >
          <Route index element={<Navigate to={paths.home} replace />} />
          {cabinet.sections.map((section) => {
            const Screen = screens[section.path];
            return (
              <Route
                key={section.path}
                path={section.path}
                element={
                  <RequireRoles roles={sectionRoles(cabinet, section)}>
                    {Screen ? <Screen /> : <SectionPage section={section} />}
                  </RequireRoles>
                }
              />
            );
          })}
          {cabinet.subScreens.map(({ path, roles }) => {
            const Screen = screens[path] ?? NotFoundPage;
            return (
              <Route
                key={path}
                path={path}
                element={
                  <RequireRoles roles={roles}>
                    <Screen />
                  </RequireRoles>
                }
              />
            );
          })}
        </Route>
      ))}
    </Routes>
  );
}
