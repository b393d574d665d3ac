package dev.faultline.ingest;

/**
 * Told how a read is going, for a progress bar. Called from the reading thread; implementations
 * should return quickly.
 */
public interface ProgressListener {
    /** The inputs have been walked: this many files will be read. */
    void started(long totalFiles);

    /** One file has been read (or skipped). */
    void advanced(String file);

    static ProgressListener none() {
        return new ProgressListener() {
            @Override
            public void started(long totalFiles) {
            }

            @Override
            public void advanced(String file) {
            }
        };
    }
}
