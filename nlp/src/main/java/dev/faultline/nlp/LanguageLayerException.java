package dev.faultline.nlp;

/** The language layer failed on an article (named in the message) or could not load its models. */
public class LanguageLayerException extends RuntimeException {
    public LanguageLayerException(String message, Throwable cause) {
        super(message, cause);
    }
}
