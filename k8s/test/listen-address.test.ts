import { join } from 'node:path';
import { renderOverlay } from '../validate/kustomize.render.ts';
import type { KubeObject } from '../validate/manifest.types.ts';
import { podTemplates } from '../validate/workload.model.ts';

const k8s = join(__dirname, '..');
const renderTimeout = 60_000;

/** Node processes listen on 127.0.0.1 unless HOST says otherwise; in a pod that would shut out probes and peers. */
describe('listening in Kubernetes', () => {
  it.each(['dev', 'prod'])(
    'overlay %s gives every Node Deployment HOST=0.0.0.0',
    (overlay) => {
      const objects = renderOverlay(join(k8s, 'overlays', overlay));
      const configMaps = new Map(
        objects
          .filter((object) => object.kind === 'ConfigMap')
          .map((object) => [object.metadata.name, (object as KubeObject & { data?: Record<string, string> }).data ?? {}]),
      );
      const servers = podTemplates(objects).filter(
        (template) => template.owner.kind === 'Deployment' && template.owner.metadata.name !== 'web',
      );
      expect(servers.map((template) => template.owner.metadata.name).sort()).toEqual([
        'billing',
        'certificates',
        'gateway',
        'identity',
        'navigator',
        'notifications',
      ]);
      for (const template of servers) {
        for (const container of template.spec.containers) {
          const fromMaps = (container.envFrom ?? []).flatMap((source) =>
            source.configMapRef ? [configMaps.get(source.configMapRef.name)?.HOST] : [],
          );
          const own = container.env?.find((variable) => variable.name === 'HOST')?.value;
          expect([template.owner.metadata.name, own ?? fromMaps.filter(Boolean).at(-1)]).toEqual([
            template.owner.metadata.name,
            '0.0.0.0',
          ]);
        }
      }
    },
    renderTimeout,
  );
});
