package dev.faultline.server;

import dev.faultline.server.api.ApiError;
import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may call the API. On loopback without a token, anyone on the machine; otherwise every {@code /api/*} request
 * must carry {@code Authorization: Bearer TOKEN}, or, on the two event streams only (a browser's EventSource cannot
 * set headers), {@code ?access_token=TOKEN}. The page and its scripts, styles and libraries hold no data and load
 * without it. Tokens are compared in constant time.
 */
final class Access {
    private final byte[] token;

    Access(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean required() {
        return token != null;
    }

    /** Refuses a request without the token (when one is set). */
    void check(Context ctx) {
        if (token == null) return;
        String given = null;
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) given = header.substring(7).strip();
        if (given == null && ctx.path().endsWith("/stream")) given = ctx.queryParam("access_token");
        if (given == null) throw new ApiError(401, "this server needs a token: send Authorization: Bearer TOKEN");
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) throw new ApiError(401, "the token is wrong");
    }

    /** Whether {@code bind} is a loopback address (or a name that resolves only to one). */
    static boolean loopback(String bind) {
        try {
            for (InetAddress a : InetAddress.getAllByName(bind)) if (!a.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
