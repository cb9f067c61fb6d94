#!/usr/bin/env bash
# Consumer check (issue 14): the library modules, their parent and the BOM are installed into a
# throwaway local repository (target/ci-m2, never ~/.m2), the embedder's project .ci/consumer is
# built against them alone (third-party releases come from the machine's Maven cache, see
# .ci/m2-settings.xml, or Central), its dependency tree is printed with the jars and megabytes an
# embedder gets, and the README's example runs on the built-in week: exit 0 only when the release
# gate opens.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD/target/ci-m2"
consumer=.ci/consumer
week=solver-api/src/main/resources/io/solvereign/api/examples/vienna-example-week.txt
mvn_ci=(mvn -B -q -s .ci/m2-settings.xml "-Dmaven.repo.local=$repo")

rm -rf "$repo/io/solvereign"
"${mvn_ci[@]}" install -pl bom,solver-api,solver-engine,audit-rules -am \
  -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
"${mvn_ci[@]}" -f "$consumer/pom.xml" clean package \
  dependency:tree -DoutputFile=target/dependency-tree.txt \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime

echo "== consumer: dependency tree (what an embedder gets)"
cat "$consumer/target/dependency-tree.txt"
tr ':' '\n' < "$consumer/target/classpath.txt" | xargs stat -c '%s %n' \
  | awk '{ printf "%9.1f KB  %s\n", $1 / 1024, $2; n++; sum += $1 }
         END { printf "%d jars, %.1f MB on the runtime classpath\n", n, sum / 1048576 }' \
  | sed "s|$repo/||" | tee "$consumer/target/embedder-jars.txt"

echo "== consumer: README example on the built-in week"
java -cp "$consumer/target/classes:$(cat "$consumer/target/classpath.txt")" \
  io.solvereign.examples.EmbeddingExample "$week" "$consumer/target/solver_output.json"
echo "== consumer: release gate open"
