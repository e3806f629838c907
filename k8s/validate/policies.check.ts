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
  }
  return problems;
}
