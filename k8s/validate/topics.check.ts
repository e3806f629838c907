import type { KubeObject } from './manifest.types.ts';

export interface TopicDrift {
  /** In the event catalogue, but no KafkaTopic creates it (auto-creation is off: producers would fail). */
  missing: string[];
  /** A KafkaTopic that no catalogue entry uses. */
  unused: string[];
}

/** The Kafka topic names the rendered KafkaTopics create (spec.topicName, else the object's name). */
export const kafkaTopicNames = (objects: KubeObject[]): string[] =>
  objects
    .filter((object) => object.kind === 'KafkaTopic')
    .map((topic) => (topic.spec as { topicName?: string } | undefined)?.topicName ?? topic.metadata.name);

export function topicDrift(catalogue: string[], objects: KubeObject[]): TopicDrift {
  const declared = new Set(kafkaTopicNames(objects));
  const wanted = new Set(catalogue);
  return {
    missing: [...wanted].filter((topic) => !declared.has(topic)).sort(),
    unused: [...declared].filter((topic) => !wanted.has(topic)).sort(),
  };
}
