package dev.faultline.eval.roles;

/** Tokens {@code start} (inclusive) to {@code end} (exclusive) of one sentence; never empty. */
public record TokenSpan(int start, int end) {
    public TokenSpan {
        if (start < 0 || end <= start) throw new IllegalArgumentException("not a token span: [" + start + ", " + end + ")");
    }

    public boolean overlaps(TokenSpan o) {
        return start < o.end && o.start < end;
    }
}
