package dev.faultline.analysis;

/** The pipeline could not be assembled (a model, knowledge file or dictionary failed to load). */
public final class AnalysisException extends RuntimeException {
    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
