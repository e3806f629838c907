// Fetches the Kafka broker's jars into the shared cache once, so that later runs need no
// network (CI calls this before the tests): node scripts/infra/prefetch.ts
import { KAFKA_CACHE_DIR } from './infra.ts';
import { fetchKafkaJars } from './kafka.infra.ts';

try {
  console.log(`Kafka jars: ${await fetchKafkaJars(KAFKA_CACHE_DIR)}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
