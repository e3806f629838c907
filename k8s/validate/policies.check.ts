import { problem, type KubeObject, type Problem } from './manifest.types.ts';
import { allContainers, mapSelectorMatches, podTemplates, selectorMatches, type LabelSelector } from './workload.model.ts';

/** The rollout steps of k8s/README.md; every object belongs to one (label pdo/step). */
export const rolloutSteps = ['infra', 'migrate', 'apps'] as const;

const scaledComponents = ['gateway', 'subgraph'];

/** What the issue asks of every object beyond its schema: hardening, probes, resources, scaling. */
export function checkPolicies(objects: KubeObject[]): Problem[] {
  const problems: Problem[] = [];
  for (const object of objects) {
    const step = object.metadata.labels?.['pdo/step'];
    if (!step || !(rolloutSteps as readonly string[]).includes(step)) {
      problems.push(problem(object, `label pdo/step must be one of ${rolloutSteps.join(', ')}`));
    }
    if (object.kind === 'Secret')
      problems.push(problem(object, 'Secrets are never committed: list it in k8s/required-secrets.yaml instead'));
  }

  for (const pod of podTemplates(objects)) {
    for (const container of allContainers(pod.spec)) {
      const where = `container "${container.name}"`;
      const context = container.securityContext ?? {};
      if (!(context.runAsNonRoot ?? pod.spec.securityContext?.runAsNonRoot))
        problems.push(problem(pod.owner, `${where} may run as root (runAsNonRoot)`));
      if (context.readOnlyRootFilesystem !== true)
        problems.push(problem(pod.owner, `${where} needs readOnlyRootFilesystem: true`));
      if (context.allowPrivilegeEscalation !== false)
        problems.push(problem(pod.owner, `${where} needs allowPrivilegeEscalation: false`));
      for (const bound of ['requests', 'limits'] as const) {
        for (const resource of ['cpu', 'memory']) {
          if (!container.resources?.[bound]?.[resource])
            problems.push(problem(pod.owner, `${where} has no ${bound}.${resource}`));
        }
      }
      if (pod.owner.kind === 'Deployment') {
        if (container.readinessProbe?.httpGet?.path !== '/ready')
          problems.push(problem(pod.owner, `${where} needs a readinessProbe on /ready`));
        if (container.livenessProbe?.httpGet?.path !== '/health')
          problems.push(problem(pod.owner, `${where} needs a livenessProbe on /health`));
      }
    }
  }

  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind);
  for (const pod of podTemplates(ofKind('Deployment'))) {
    if (!scaledComponents.includes(pod.labels['app.kubernetes.io/component'] ?? '')) continue;
    const name = pod.owner.metadata.name;
    if (
      !ofKind('Service').some((s) =>
        mapSelectorMatches((s.spec as { selector?: Record<string, string> }).selector ?? {}, pod.labels),
      )
    ) {
      problems.push(problem(pod.owner, 'no Service selects its pods'));
    }
    const scales = (h: KubeObject) => {
      const target = (h.spec as { scaleTargetRef: { kind: string; name: string } }).scaleTargetRef;
      return target.kind === 'Deployment' && target.name === name;
    };
    if (!ofKind('HorizontalPodAutoscaler').some(scales)) {
      problems.push(problem(pod.owner, 'no HorizontalPodAutoscaler scales it'));
    }
    if (
      !ofKind('PodDisruptionBudget').some((b) => selectorMatches((b.spec as { selector: LabelSelector }).selector, pod.labels))
    ) {
      problems.push(problem(pod.owner, 'no PodDisruptionBudget covers its pods'));
    }
    // the monitoring component is optional (prod); where it is rendered, it covers every process
    const monitors = ofKind('PodMonitor');
    if (
      monitors.length > 0 &&
      !monitors.some((m) => selectorMatches((m.spec as { selector: LabelSelector }).selector, pod.labels))
    ) {
      problems.push(problem(pod.owner, 'no PodMonitor scrapes its pods'));
    }
  }

  // /metrics is for Prometheus inside the cluster: no public path may lead to a pod that serves it
  const scraped = podTemplates(objects).filter((pod) =>
    ofKind('PodMonitor').some((m) => selectorMatches((m.spec as { selector: LabelSelector }).selector, pod.labels)),
  );
  for (const ingress of ofKind('Ingress')) {
    const rules = (ingress.spec as { rules?: { http?: { paths: IngressPath[] } }[] }).rules ?? [];
    for (const { path = '/', pathType, backend } of rules.flatMap((rule) => rule.http?.paths ?? [])) {
      // Prefix matches whole path elements, a trailing slash aside; ImplementationSpecific is taken as Prefix
      const prefix = path.replace(/\/+$/, '');
      const reaches =
        pathType === 'Exact'
          ? path === METRICS_PATH
          : prefix === '' || METRICS_PATH === prefix || METRICS_PATH.startsWith(`${prefix}/`);
      const service = ofKind('Service').find((s) => s.metadata.name === backend.service?.name);
      const selector = (service?.spec as { selector?: Record<string, string> } | undefined)?.selector ?? {};
      if (reaches && service && scraped.some((pod) => mapSelectorMatches(selector, pod.labels)))
        problems.push(problem(ingress, `path ${path} routes ${METRICS_PATH} to Service "${service.metadata.name}"`));
    }
  }
  return problems;
}

const METRICS_PATH = '/metrics';

interface IngressPath {
  path?: string;
  pathType?: string;
  backend: { service?: { name: string } };
}
