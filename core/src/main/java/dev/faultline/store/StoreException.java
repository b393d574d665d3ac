package dev.faultline.store;

/** A storage failure, naming what was being done; the driver's exception is kept as the cause. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
