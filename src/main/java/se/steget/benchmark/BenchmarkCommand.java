package se.steget.benchmark;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --steget.benchmark.size=small|medium|full [--steget.benchmark.seed=N]}:
 * generates the data unless it is there, measures, writes
 * {@code bench/results/DATE-SIZE.json} and stops the application.
 */
@Component
@ConditionalOnProperty("steget.benchmark.size")
class BenchmarkCommand implements ApplicationRunner {

	private final Benchmark benchmark;

	private final ApplicationContext context;

	private final BenchmarkProperties properties;

	BenchmarkCommand(Benchmark benchmark, ApplicationContext context, BenchmarkProperties properties) {
		this.benchmark = benchmark;
		this.context = context;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.benchmark.runAndWrite(this.properties.size(), this.properties.seed(), Path.of("bench", "results"));
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}
