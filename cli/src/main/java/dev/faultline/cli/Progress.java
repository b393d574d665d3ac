package dev.faultline.cli;

import dev.faultline.ingest.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr while files are read, shown only on a terminal so that logs and pipes
 * stay clean. Close it when the work is done.
 */
final class Progress implements ProgressListener, AutoCloseable {
    private final String task;
    private ProgressBar bar;

    Progress(String task) {
        this.task = task;
    }

    static ProgressListener forTerminal(String task) {
        return System.console() != null ? new Progress(task) : ProgressListener.none();
    }

    @Override
    public synchronized void started(long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).build();
    }

    @Override
    public synchronized void advanced(String item) {
        if (bar != null) bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
    }

    static void close(ProgressListener p) {
        if (p instanceof Progress pb) pb.close();
    }
}
