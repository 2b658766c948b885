package se.steget;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks at the same moment, each on its own thread, and gives what each ended with:
 * null when it succeeded, the exception when it did not.
 */
public final class Races {

	private Races() {
	}

	public static List<Throwable> race(List<Callable<?>> tasks) throws Exception {
		CyclicBarrier start = new CyclicBarrier(tasks.size());
		ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
		try {
			List<Future<Throwable>> outcomes = new ArrayList<>();
			for (Callable<?> task : tasks) {
				outcomes.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						task.call();
						return null;
					}
					catch (Exception ex) {
						return ex;
					}
				}));
			}
			List<Throwable> ended = new ArrayList<>();
			for (Future<Throwable> outcome : outcomes) {
				ended.add(outcome.get(60, TimeUnit.SECONDS));
			}
			return ended;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
