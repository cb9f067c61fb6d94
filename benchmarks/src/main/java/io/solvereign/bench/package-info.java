/**
 * JMH benchmarks of the engine (block generation, the certified lower bound, the full solve), the
 * scaling table behind {@code benchmarks/README.md}. The deterministic synthetic weeks they run on
 * come from solver-api's test fixtures ({@code io.solvereign.fixtures}, the {@code tests} jar), which
 * the golden-runs regression tests share without depending on this module.
 *
 * <p>Nothing here runs during {@code mvn verify}; build the shaded jar and run it by hand:
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 5
 * }</pre>
 */
package io.solvereign.bench;
