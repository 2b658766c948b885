package se.steget.benchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the benchmark command generates and measures.
 *
 * @param size small, medium or full; without it the command does not run
 * @param seed the generator's seed, so that a run can be repeated on the same data
 */
@ConfigurationProperties("steget.benchmark")
record BenchmarkProperties(String size, @DefaultValue("1") long seed) {

}
