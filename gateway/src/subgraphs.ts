/** The five subgraphs, their default local URLs and the environment variable that overrides each. */
export const subgraphs = [
  { name: 'identity', port: 4001, env: 'IDENTITY_URL' },
  { name: 'certificates', port: 4002, env: 'CERTIFICATES_URL' },
  { name: 'navigator', port: 4003, env: 'NAVIGATOR_URL' },
  { name: 'billing', port: 4004, env: 'BILLING_URL' },
  { name: 'notifications', port: 4005, env: 'NOTIFICATIONS_URL' },
] as const;

export const defaultUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

export function subgraphUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const subgraph = subgraphs.find((s) => s.name === name);
  if (!subgraph) throw new Error(`unknown subgraph ${name}`);
  return env[subgraph.env] ?? defaultUrl(subgraph.port);
}
