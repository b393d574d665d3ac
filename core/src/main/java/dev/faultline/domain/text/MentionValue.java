package dev.faultline.domain.text;

/** The normalized value of a mention: a {@link TimeValue} for temporal ones, a {@link QuantityValue} for numeric ones. */
public sealed interface MentionValue permits TimeValue, QuantityValue {
    /** The normalized value as a compact ISO-like string: {@code 2018-08-08}, {@code 2019-02-15/2019-03-01}, {@code P2M}, {@code 5000}, {@code USD 3000000}. */
    String normalized();
}
