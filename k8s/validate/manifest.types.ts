/** One rendered Kubernetes object, as Kustomize prints it. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** Something wrong with one object (or with the set of objects, then `object` is '*'). */
export interface Problem {
  object: string;
  message: string;
}

export const objectId = (object: KubeObject): string => `${object.kind}/${object.metadata.name}`;

export const problem = (object: KubeObject | '*', message: string): Problem => ({
  object: object === '*' ? '*' : objectId(object),
  message,
});

/** API group of an apiVersion: '' for the core group ("v1"). */
export const apiGroup = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');
