package dev.faultline.domain.text;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A normalized number, amount of money or percentage.
 *
 * @param value       the number ("roughly 5,000" → 5000; "2.500 officers" → 2500; a range's lower end)
 * @param upper       a range's upper end ("eight to ten" → 8..10), empty for a single number
 * @param approximate true when the text hedges ("roughly", "about", "more than") or counts vaguely
 *                    ("dozens" → 24, "hundreds" → 200, "thousands" → 2000: the least the word can mean)
 * @param unit        ISO 4217 currency code for MONEY ("USD"), "%" for PERCENT, empty for a plain NUMBER
 */
public record QuantityValue(BigDecimal value, Optional<BigDecimal> upper, boolean approximate, Optional<String> unit)
        implements MentionValue {
    public QuantityValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(unit, "unit");
        value = strip(value);
        upper = upper.map(QuantityValue::strip);
        if (upper.isPresent() && upper.get().compareTo(value) < 0) {
            throw new IllegalArgumentException("range " + value + ".." + upper.get() + " is upside down");
        }
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static QuantityValue exact(BigDecimal value) {
        return new QuantityValue(value, Optional.empty(), false, Optional.empty());
    }

    public static QuantityValue of(long value) {
        return exact(BigDecimal.valueOf(value));
    }

    public QuantityValue withUnit(String unit) {
        return new QuantityValue(value, upper, approximate, Optional.of(unit));
    }

    public QuantityValue approximately() {
        return new QuantityValue(value, upper, true, unit);
    }

    public boolean isRange() {
        return upper.isPresent();
    }

    @Override
    public String normalized() {
        String n = value.toPlainString() + upper.map(u -> ".." + u.toPlainString()).orElse("");
        String v = unit.map(u -> "%".equals(u) ? n + "%" : u + " " + n).orElse(n);
        return approximate ? "~" + v : v;
    }

    @Override
    public String toString() {
        return normalized();
    }
}
