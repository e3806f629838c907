// `npm start`: local infrastructure, the five subgraphs, the gateway and the web app, with demo data.
import { join } from 'node:path';
import { GOSUSLUGI_PEOPLE } from './infra/gosuslugi/people.ts';
import { startInfra } from './infra/infra.ts';
import { devPorts, localSecrets, root, serviceNames, startSystem } from './system.ts';

const DEMO_LOGINS = [
  ['parent', 'родитель (г. Киселевск)'],
  ['child14', 'обучающийся 14+'],
  ['operator', 'оператор МОЦ г. Киселевск'],
  ['admin', 'администратор РМЦ'],
  ['finance', 'финансовый орган г. Киселевск'],
  ['provider', 'сотрудник поставщика (ДДТ г. Киселевск)'],
] as const;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const demoPassword = process.env.DEMO_PASSWORD ?? 'kuzbass-demo';
  const gosuslugi = { redirectUri: `http://localhost:${devPorts.web}/gosuslugi/callback` };
  const infra = await startInfra({ profile: 'dev', databases: [...serviceNames], mail: true, gosuslugi, log });
  let system: Awaited<ReturnType<typeof startSystem>> | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('\nОстанавливаю…');
    await system?.stop();
    await infra.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    system = await startSystem({
      ports: devPorts,
      logDir: join(root, '.data', 'dev', 'logs'),
      infraEnv: infra.env,
      secrets: localSecrets(),
      demoPassword,
      web: true,
      log,
      tracesEndpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
    });
  } catch (error) {
    log(`Не удалось запустить систему: ${(error as Error).message}`);
    await shutdown(1);
    return;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log('');
  log(`Система запущена за ${seconds} с`);
  log(`  Веб-приложение:       ${system.webUrl}`);
  log(`  GraphQL (шлюз):       ${system.gatewayUrl}`);
  if (infra.env.MAILBOX_URL) log(`  Почтовый ящик:        ${infra.env.MAILBOX_URL}`);
  if (!process.env.ESIA_ISSUER && infra.env.ESIA_ISSUER) log(`  Госуслуги (стенд):    ${infra.env.ESIA_ISSUER}`);
  const metrics: [string, number][] = [
    ['шлюз', devPorts.gateway],
    ...serviceNames.map((name) => [name, devPorts.services[name]] as [string, number]),
  ];
  metrics.forEach(([name, port], index) =>
    log(`  ${index === 0 ? 'Метрики Prometheus:  ' : ' '.repeat(21)} ${name.padEnd(13)} http://localhost:${port}/metrics`),
  );
  log(`  Логи сервисов:        ${join(root, '.data', 'dev', 'logs')}`);
  log('');
  log(`Демо-входы (пароль для всех: ${demoPassword}):`);
  for (const [login, who] of DEMO_LOGINS) log(`  ${login.padEnd(10)} ${who}`);
  if (!process.env.ESIA_ISSUER) {
    log('Через «Войти через Госуслуги» (учебный стенд, без пароля):');
    for (const person of GOSUSLUGI_PEOPLE) {
      log(`  ${person.family_name} ${person.given_name} ${person.middle_name}, СНИЛС ${person.snils}`);
    }
  }
  log('');
  log('Ctrl-C останавливает всё.');
}

main().catch((error: unknown) => {
  log(`Не удалось запустить: ${(error as Error).message}`);
  process.exit(1);
});
