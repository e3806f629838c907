import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuiltinKind, validateBuiltins } from './builtin.schema.ts';
import { loadCrdValidators, type CrdValidators } from './crd.schema.ts';
import { renderOverlay } from './kustomize.render.ts';
import type { KubeObject, Problem } from './manifest.types.ts';
import { checkNetworkIsolation } from './network.check.ts';
import { checkPolicies } from './policies.check.ts';
import { checkReferences, loadRequiredSecrets } from './references.check.ts';

export interface OverlayReport {
  overlay: string;
  objects: number;
  kinds: Record<string, number>;
  problems: Problem[];
}

const crdCache = new Map<string, CrdValidators>();

/**
 * Renders one overlay (`<k8s>/overlays/<name>`) and runs every check on what it renders. The CRD
 * schemas come from `crdDirectory`, by default `<k8s>/crds`; the hand-made Secrets from
 * `<k8s>/required-secrets.yaml`.
 */
export async function validateOverlay(overlay: string, crdDirectory = join(overlay, '..', '..', 'crds')): Promise<OverlayReport> {
  const root = join(overlay, '..', '..');
  const objects: KubeObject[] = renderOverlay(overlay);
  const crds = crdCache.get(resolve(crdDirectory)) ?? loadCrdValidators(crdDirectory);
  crdCache.set(resolve(crdDirectory), crds);
  const custom = objects.filter((object) => crds.has(object));
  const rest = objects.filter((object) => !crds.has(object));
  const unknown: Problem[] = [];
  const builtin: KubeObject[] = [];
  for (const object of rest) {
    if (await isBuiltinKind(object)) builtin.push(object);
    else
      unknown.push({
        object: `${object.kind}/${object.metadata.name}`,
        message: `no schema for ${object.apiVersion} ${object.kind}: add its CRD to k8s/crds`,
      });
  }
  const problems = [
    ...unknown,
    ...(await validateBuiltins(builtin)),
    ...custom.flatMap((object) => crds.validate(object)),
    ...checkReferences(objects, loadRequiredSecrets(join(root, 'required-secrets.yaml'))),
    ...checkNetworkIsolation(objects),
    ...checkPolicies(objects),
  ];
  const kinds: Record<string, number> = {};
  for (const object of objects) kinds[object.kind] = (kinds[object.kind] ?? 0) + 1;
  return { overlay, objects: objects.length, kinds, problems };
}

const k8sRoot = fileURLToPath(new URL('..', import.meta.url));
const defaultOverlays = ['dev', 'prod'].map((name) => join(k8sRoot, 'overlays', name));

/** `node k8s/validate/manifests.validate.ts [--json] [--crds <dir>] [overlay directory...]` (default: every overlay) */
async function main(argv: string[]): Promise<number> {
  let json = false;
  let crdDirectory: string | undefined;
  const overlays: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--crds') crdDirectory = argv[++i];
    else overlays.push(resolve(argv[i]));
  }
  const reports = [];
  for (const overlay of overlays.length ? overlays : defaultOverlays) reports.push(await validateOverlay(overlay, crdDirectory));
  if (json) {
    process.stdout.write(`${JSON.stringify(reports)}\n`);
  } else {
    for (const report of reports) {
      const where = relative(process.cwd(), report.overlay) || report.overlay;
      process.stdout.write(`${where}: ${report.objects} objects, ${report.problems.length} problems\n`);
      for (const { object, message } of report.problems) process.stdout.write(`  ${object}: ${message}\n`);
    }
  }
  return reports.some((report) => report.problems.length > 0) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
