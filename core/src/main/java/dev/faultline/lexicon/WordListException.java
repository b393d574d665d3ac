package dev.faultline.lexicon;

/** A word list that cannot be read or breaks the format: the message names the file and line. */
public final class WordListException extends RuntimeException {
    public WordListException(String message) {
        super(message);
    }

    public WordListException(String message, Throwable cause) {
        super(message, cause);
    }
}
