package dev.faultline.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema change: the script {@code V<version>__<description>.sql}. Its checksum (of the
 * script with line endings normalized, so a checkout's line endings do not matter) is recorded when
 * it is applied, so a script edited after release is caught rather than silently diverging.
 */
public record Migration(int version, String description, String script) {
    private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9_]+)\\.sql");

    public Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        if (version < 1) throw new IllegalArgumentException("migration versions start at 1, not " + version);
    }

    /** Parses a file name into {@code [version, description]}; fails on a name that is not {@code V<n>__<words>.sql}. */
    static Migration fromFile(String fileName, String script) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("a migration file is named V<version>__<lower_case_words>.sql, not '" + fileName + "'");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2), script);
    }

    public String fileName() {
        return "V" + version + "__" + description + ".sql";
    }

    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
