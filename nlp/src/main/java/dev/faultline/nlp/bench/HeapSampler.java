package dev.faultline.nlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples used heap every 20 ms on a daemon thread and keeps the maximum: the peak heap of a
 * measured section, garbage included (what {@code -Xmx} must allow). {@link #liveAfterGc()} gives
 * the live heap (models and retained results) instead.
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peak;
    private volatile boolean running = true;

    HeapSampler() {
        peak = used();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peakBytes() {
        return Math.max(peak, used());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    static long max() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }

    /** Used heap after a requested full collection (best effort: System.gc may be ignored). */
    static long liveAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return used();
    }
}
