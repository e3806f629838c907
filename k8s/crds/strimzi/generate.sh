#!/usr/bin/env bash
# Regenerates the Strimzi CRDs in this folder from the released artifacts on Maven Central, with the
# arguments Strimzi's own build passes to its CRD generator (api/pom.xml, execution
# "generate-crd-co-install-v1"). Needs Maven and a Java 21+ runtime (JAVA=/path/to/java).
set -euo pipefail
version="${STRIMZI_VERSION:-1.2.0}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>strimzi-crds</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.strimzi</groupId><artifactId>api</artifactId><version>$version</version></dependency>
    <dependency><groupId>io.strimzi</groupId><artifactId>crd-generator</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
POM
(cd "$work" && mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt)
"${JAVA:-java}" -cp "$(cat "$work/cp.txt")" io.strimzi.crdgenerator.CrdGenerator \
  --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ \
  --crd-api-version v1 --api-versions v1 --storage-version v1 --yaml \
  "io.strimzi.api.kafka.model.kafka.Kafka=$here/040-Crd-kafka.yaml" \
  "io.strimzi.api.kafka.model.topic.KafkaTopic=$here/043-Crd-kafkatopic.yaml" \
  "io.strimzi.api.kafka.model.nodepool.KafkaNodePool=$here/045-Crd-kafkanodepool.yaml"
