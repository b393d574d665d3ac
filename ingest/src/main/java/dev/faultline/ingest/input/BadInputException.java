package dev.faultline.ingest.input;

/**
 * An input that cannot be read as a report. The message is written for a person and names the
 * problem, not the file; the caller adds where it happened when it turns this into a Problem.
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
