import { objectId, problem, type KubeObject, type Problem } from './manifest.types.ts';
import { podTemplates, selectorMatches, type LabelSelector } from './workload.model.ts';

interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: unknown;
}

interface NetworkPolicySpec {
  podSelector: LabelSelector;
  policyTypes?: string[];
  ingress?: { from?: NetworkPolicyPeer[]; ports?: { port?: number | string }[] }[];
}

/** Pods that can receive traffic: workload templates and the instances CloudNativePG starts for each Cluster. */
interface Target {
  owner: KubeObject;
  labels: Record<string, string>;
}

/** Who a target admits: pods of this namespace (by their owner), other namespaces (with the ports), or anyone. */
interface Admitted {
  pods: Set<string>;
  namespaces: { selector: LabelSelector; ports: (number | string | undefined)[] }[];
  anyone: boolean;
}

const subgraphComponent = 'subgraph';
const gatewayName = 'gateway';
/** Prometheus' namespace may scrape /metrics; /graphql on the same port still refuses what the gateway did not sign. */
const monitoringNamespace = 'monitoring';

const isMonitoring = ({ selector }: Admitted['namespaces'][number]): boolean =>
  !selector.matchExpressions?.length &&
  JSON.stringify(selector.matchLabels ?? {}) === JSON.stringify({ 'kubernetes.io/metadata.name': monitoringNamespace });

function admittedBy(target: Target, policies: KubeObject[], sources: Target[]): Admitted {
  const admitted: Admitted = { pods: new Set(), namespaces: [], anyone: false };
  for (const policy of policies) {
    const spec = policy.spec as NetworkPolicySpec;
    if (!selectorMatches(spec.podSelector, target.labels)) continue;
    for (const rule of spec.ingress ?? []) {
      if (!rule.from || rule.from.length === 0) admitted.anyone = true;
      for (const peer of rule.from ?? []) {
        if (peer.namespaceSelector || peer.ipBlock) {
          admitted.namespaces.push({ selector: peer.namespaceSelector ?? {}, ports: (rule.ports ?? []).map((p) => p.port) });
        } else if (peer.podSelector) {
          for (const source of sources)
            if (selectorMatches(peer.podSelector, source.labels)) admitted.pods.add(objectId(source.owner));
        }
      }
    }
  }
  return admitted;
}

const readsSecret = (template: ReturnType<typeof podTemplates>[number], secret: string): boolean =>
  template.spec.containers.some((container) =>
    (container.env ?? []).some((variable) => variable.valueFrom?.secretKeyRef?.name === secret),
  );

/**
 * The isolation ARCHITECTURE.md asks for: ingress is denied by default, only the gateway reaches
 * the subgraphs, and a database admits exactly the pods that hold its credentials (and its own
 * instances, and the operator on its status port).
 */
export function checkNetworkIsolation(objects: KubeObject[]): Problem[] {
  const problems: Problem[] = [];
  const policies = objects.filter((object) => object.kind === 'NetworkPolicy');
  const templates = podTemplates(objects);
  const clusters = objects.filter((object) => object.kind === 'Cluster');
  const sources: Target[] = templates.map(({ owner, labels }) => ({ owner, labels }));
  const instances: Target[] = clusters.map((owner) => ({ owner, labels: { 'cnpg.io/cluster': owner.metadata.name } }));

  const denyAll = policies.some((policy) => {
    const spec = policy.spec as NetworkPolicySpec;
    const selectsAll = Object.keys(spec.podSelector.matchLabels ?? {}).length === 0 && !spec.podSelector.matchExpressions?.length;
    return selectsAll && (spec.policyTypes ?? []).includes('Ingress') && !spec.ingress?.length;
  });
  if (!denyAll) problems.push(problem('*', 'no NetworkPolicy denies ingress by default (podSelector {}, no ingress rules)'));

  for (const template of templates.filter((t) => t.labels['app.kubernetes.io/component'] === subgraphComponent)) {
    const admitted = admittedBy(template, policies, sources);
    const others = [...admitted.pods].filter((id) => id !== `Deployment/${gatewayName}`);
    const namespaces = admitted.namespaces.filter((namespace) => !isMonitoring(namespace));
    if (admitted.anyone || namespaces.length > 0 || others.length > 0) {
      problems.push(
        problem(
          template.owner,
          `subgraph is reachable from more than the gateway: ${[...others, ...(admitted.anyone ? ['anyone'] : []), ...namespaces.map((n) => `namespaces ${JSON.stringify(n.selector)}`)].join(', ')}`,
        ),
      );
    }
    if (!admitted.pods.has(`Deployment/${gatewayName}`))
      problems.push(problem(template.owner, 'the gateway cannot reach this subgraph'));
  }

  for (const instance of instances) {
    const cluster = instance.owner.metadata.name;
    const admitted = admittedBy(instance, policies, [...sources, ...instances]);
    const clients = new Set(templates.filter((t) => readsSecret(t, `${cluster}-app`)).map((t) => objectId(t.owner)));
    const admittedClients = [...admitted.pods].filter((id) => id !== objectId(instance.owner));
    const intruders = admittedClients.filter((id) => !clients.has(id));
    const shutOut = [...clients].filter((id) => !admitted.pods.has(id));
    if (admitted.anyone) problems.push(problem(instance.owner, 'database pods admit traffic from anyone'));
    if (intruders.length > 0)
      problems.push(problem(instance.owner, `database reachable by pods that do not own it: ${intruders.join(', ')}`));
    if (shutOut.length > 0)
      problems.push(problem(instance.owner, `pods holding its credentials cannot reach it: ${shutOut.join(', ')}`));
    for (const namespace of admitted.namespaces) {
      if (namespace.ports.some((port) => port !== 8000)) {
        problems.push(
          problem(
            instance.owner,
            `namespaces ${JSON.stringify(namespace.selector)} may reach it beyond the operator's status port 8000`,
          ),
        );
      }
    }
  }
  return problems;
}
