package dev.faultline.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An article's identity: the first 16 hex digits of the SHA-256 of its normalized text.
 * Normalization (Unicode NFKC, lower case, typographic quotes folded, runs of whitespace collapsed)
 * makes a re-scraped copy of the same text, with other line breaks or curly quotes, the same article.
 */
public record ArticleId(String value) implements Comparable<ArticleId> {
    private static final Pattern HEX16 = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    public ArticleId {
        Objects.requireNonNull(value, "value");
        if (!HEX16.matcher(value).matches()) {
            throw new IllegalArgumentException("an article id is 16 lower-case hex digits, not '" + value + "'");
        }
    }

    /** The id of a text: equal for texts that differ only in case, quotes, Unicode form or spacing. */
    public static ArticleId of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(text).getBytes(StandardCharsets.UTF_8));
            return new ArticleId(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    @Override
    public int compareTo(ArticleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
