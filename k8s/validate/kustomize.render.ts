import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from './manifest.types.ts';

const minimumKustomizeMajor = 5;

function kubectl(args: string[]): string {
  try {
    return execFileSync('kubectl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'kubectl is not installed: the manifests are rendered with `kubectl kustomize` (kubectl 1.27+, Kustomize v5+).',
      );
    }
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`kubectl ${args.join(' ')} failed: ${stderr || (error as Error).message}`);
  }
}

let checkedVersion = false;

/** Kustomize v5 is the first with `labels` and components as used here; older kubectl embeds v2–v4. */
function assertKustomizeVersion(): void {
  if (checkedVersion) return;
  const version = JSON.parse(kubectl(['version', '--client', '-o', 'json'])) as { kustomizeVersion?: string };
  const major = Number(/^v?(\d+)/.exec(version.kustomizeVersion ?? '')?.[1] ?? 0);
  if (major < minimumKustomizeMajor) {
    throw new Error(
      `kubectl embeds Kustomize ${version.kustomizeVersion ?? 'unknown'}; v${minimumKustomizeMajor}+ is needed (kubectl 1.27+).`,
    );
  }
  checkedVersion = true;
}

/** Renders a Kustomize directory offline, exactly as `kubectl apply -k` would send it. */
export function renderOverlay(directory: string): KubeObject[] {
  assertKustomizeVersion();
  const documents = parseAllDocuments(kubectl(['kustomize', directory]));
  return documents
    .map((document) => document.toJS() as KubeObject | null)
    .filter((object): object is KubeObject => object !== null);
}
