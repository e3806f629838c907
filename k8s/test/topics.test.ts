import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allTopics } from '@pdo/events';
import { renderOverlay } from '../validate/kustomize.render.ts';
import { topicDrift } from '../validate/topics.check.ts';

const k8s = join(__dirname, '..');
const overlays = ['dev', 'prod'];
const renderTimeout = 60_000;

describe('KafkaTopics and the event catalogue', () => {
  it.each(overlays)(
    'overlay %s creates exactly the topics of the event catalogue',
    (overlay) => {
      expect(allTopics().length).toBeGreaterThan(0);
      expect(topicDrift(allTopics(), renderOverlay(join(k8s, 'overlays', overlay)))).toEqual({ missing: [], unused: [] });
    },
    renderTimeout,
  );

  describe('on a copy of the manifests', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), 'pdo-k8s-topics-'));
      for (const part of ['base', 'components', 'overlays']) cpSync(join(k8s, part), join(copy, part), { recursive: true });
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it(
      'reports a catalogue topic whose KafkaTopic was removed, and a KafkaTopic the catalogue does not use',
      () => {
        const file = join(copy, 'base', 'kafka', 'topics.yaml');
        const documents = readFileSync(file, 'utf8').split(/^---$/m);
        const kept = documents.filter((document) => !/name: billing\.dlq$/m.test(document));
        expect(kept).toHaveLength(documents.length - 1);
        writeFileSync(file, kept.join('---').replace('name: identity.events', 'name: identity.event'));

        expect(topicDrift(allTopics(), renderOverlay(join(copy, 'overlays', 'prod')))).toEqual({
          missing: ['billing.dlq', 'identity.events'],
          unused: ['identity.event'],
        });
      },
      renderTimeout,
    );
  });
});
