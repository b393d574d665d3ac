package dev.faultline.store.duckdb;

import dev.faultline.store.Fixtures;
import dev.faultline.store.Store;

import java.time.Duration;

/**
 * Run in a child process by the readers' test: a writer's store on the DuckDB file it is given, letting go of the file
 * after {@code args[1]} ms; it saves one article every 20 ms, prints "writing" after the first, and stops (closing the
 * store) when its standard input closes.
 */
public final class WriteDuckDbFile {
    private WriteDuckDbFile() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = DuckDbStores.openForWriting(java.nio.file.Path.of(args[0]), Duration.ofSeconds(60),
                Duration.ofMillis(Long.parseLong(args[1])))) {
            Thread stopper = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // wait for the parent to close our input
                    }
                } catch (java.io.IOException ignored) {
                    // the parent is gone: stop as well
                }
            });
            stopper.start();
            for (int n = 0; stopper.isAlive(); n++) {
                store.save(Fixtures.minimal("report number " + n), Fixtures.signature(n));
                if (n == 0) {
                    System.out.println("writing");
                    System.out.flush();
                }
                Thread.sleep(20);
            }
        }
    }
}
