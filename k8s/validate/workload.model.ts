import type { KubeObject } from './manifest.types.ts';

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}

interface KeyReference {
  name: string;
  key: string;
}

export interface Container {
  name: string;
  ports?: { name?: string; containerPort: number }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: { name: string; value?: string; valueFrom?: { configMapKeyRef?: KeyReference; secretKeyRef?: KeyReference } }[];
  readinessProbe?: { httpGet?: { path?: string } };
  livenessProbe?: { httpGet?: { path?: string } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { runAsNonRoot?: boolean; readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: { runAsNonRoot?: boolean };
  volumes?: { name: string; configMap?: { name: string }; secret?: { secretName: string } }[];
}

interface PodTemplateSpec {
  metadata?: { labels?: Record<string, string> };
  spec: PodSpec;
}

/** The pods a workload object starts, as its template describes them. */
export interface PodTemplate {
  owner: KubeObject;
  labels: Record<string, string>;
  spec: PodSpec;
}

function templateOf(object: KubeObject): PodTemplateSpec | undefined {
  const spec = object.spec as { template?: PodTemplateSpec; jobTemplate?: { spec: { template: PodTemplateSpec } } } | undefined;
  switch (object.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
      return spec?.template;
    case 'CronJob':
      return spec?.jobTemplate?.spec.template;
    default:
      return undefined;
  }
}

export function podTemplates(objects: KubeObject[]): PodTemplate[] {
  return objects.flatMap((owner) => {
    const template = templateOf(owner);
    return template ? [{ owner, labels: template.metadata?.labels ?? {}, spec: template.spec }] : [];
  });
}

export const allContainers = (spec: PodSpec): Container[] => [...(spec.initContainers ?? []), ...spec.containers];

/** Kubernetes label-selector semantics; an empty selector matches everything. */
export function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return key in labels && values.includes(labels[key]);
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
    }
  });
  return byLabels && byExpressions;
}

/** Service selectors are plain label maps; an empty one selects nothing (endpoints are managed by hand). */
export const mapSelectorMatches = (selector: Record<string, string>, labels: Record<string, string>): boolean =>
  Object.keys(selector).length > 0 && selectorMatches({ matchLabels: selector }, labels);
