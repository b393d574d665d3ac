package dev.faultline.server.api;

/**
 * A request the API refuses, with the status and the one line a person understands; the server answers it as
 * {@code {"error": message, "status": status}}. Never carries report text beyond what the request itself sent.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
