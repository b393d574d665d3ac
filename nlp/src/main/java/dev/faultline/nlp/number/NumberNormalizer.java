package dev.faultline.nlp.number;

import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.QuantityValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalizes the numbers, amounts of money and percentages of one sentence, given as its
 * words (tokens as written).
 *
 * <p>Conventions (documented choices, tested in {@code NumberNormalizerTest}):
 * <ul>
 *   <li>"5,000" and "5,000.5" use English separators. "1.234.567" (several dot groups) and
 *       "1.234,5" are European. A single dot group "2.500" is a European 2500 only when a noun of
 *       counted things (people, troops, officers, tanks… see {@code NumberWords.COUNTED}) follows
 *       within five words, as in "2.500 Iranian Revolutionary Guards officers and men"; otherwise 2.5.</li>
 *   <li>Hedges ("roughly", "about", "more than", "at least", "up to") keep the number and set
 *       {@code approximate}; the mention covers the number, not the hedge.</li>
 *   <li>Vague counts give their least meaning, approximate: "dozens" 24, "hundreds" 200,
 *       "thousands" 2000, "tens of thousands" 20000.</li>
 *   <li>"eight to ten", "between 8 and 10", "8-10" are ranges; "from 7000 to 700" is two numbers
 *       (a change, not a range), as is any "X to Y" with Y &lt; X.</li>
 *   <li>MONEY: a currency sign before or a currency word after ("$3 million" → USD 3000000);
 *       PERCENT: "%", "percent", "per cent", "pct" after.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class NumberNormalizer {
    private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern ONE_DOT_GROUP = Pattern.compile("\\d{1,3}\\.\\d{3}");
    private static final Pattern EUROPEAN = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}|\\d{1,3}(?:\\.\\d{3})+,\\d+|\\d+,\\d{1,2}");
    private static final Pattern DASH_RANGE = Pattern.compile("(\\d+)[-\u2013](\\d+)");

    public List<QuantityMatch> find(List<String> words) {
        return find(words, i -> false);
    }

    /**
     * The quantities of a sentence, left to right, not overlapping.
     *
     * @param taken words already claimed by another mention (a date, a name), left alone
     */
    public List<QuantityMatch> find(List<String> words, IntPredicate taken) {
        Scan scan = new Scan(words);
        List<QuantityMatch> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            QuantityMatch m = taken.test(i) ? null : scan.at(i);
            if (m == null || overlapsTaken(m, taken)) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private static boolean overlapsTaken(QuantityMatch m, IntPredicate taken) {
        for (int k = m.begin(); k < m.end(); k++) {
            if (taken.test(k)) return true;
        }
        return false;
    }

    private record Parsed(BigDecimal value, int end, boolean approximate, boolean scaled) {
    }

    private static final class Scan {
        private final String[] w;
        private final String[] lower;

        Scan(List<String> words) {
            this.w = words.toArray(String[]::new);
            this.lower = words.stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        }

        String low(int i) {
            return i >= 0 && i < lower.length ? lower[i] : "";
        }

        QuantityMatch at(int i) {
            String currency = NumberWords.CURRENCY_BEFORE.get(low(i));
            int start = currency == null ? i : i + 1;
            Parsed p = number(start);
            if (p == null) return null;
            if (start == i && low(i).equals("one") && isPronounOne(i)) return null;
            BigDecimal value = p.value();
            Optional<BigDecimal> upper = Optional.empty();
            int end = p.end();
            boolean approximate = p.approximate();
            Matcher dash = DASH_RANGE.matcher(low(start));
            if (dash.matches() && p.end() == start + 1) {
                BigDecimal a = new BigDecimal(dash.group(1));
                BigDecimal b = new BigDecimal(dash.group(2));
                if (a.compareTo(b) < 0) {
                    value = a;
                    upper = Optional.of(b);
                }
            } else {
                boolean between = low(i - 1).equals("between") && low(end).equals("and");
                boolean to = (low(end).equals("to") || low(end).equals("-") || low(end).equals("\u2013"))
                        && !low(i - 1).equals("from");
                if (between || to) {
                    int next = NumberWords.CURRENCY_BEFORE.containsKey(low(end + 1)) ? end + 2 : end + 1;
                    Parsed q = number(next);
                    if (q != null) {
                        BigDecimal lo = value;
                        if (!p.scaled() && q.scaled()) {
                            BigDecimal scale = scaleOf(q.end() - 1);
                            if (scale != null && lo.multiply(scale).compareTo(q.value()) < 0) lo = lo.multiply(scale);
                        }
                        if (lo.compareTo(q.value()) < 0) {
                            value = lo;
                            upper = Optional.of(q.value());
                            end = q.end();
                            approximate |= q.approximate();
                        }
                    }
                }
            }
            EntityType type = EntityType.NUMBER;
            String unit = currency;
            if (unit != null) {
                type = EntityType.MONEY;
            } else if (NumberWords.CURRENCY_AFTER.containsKey(low(end))) {
                type = EntityType.MONEY;
                unit = NumberWords.CURRENCY_AFTER.get(low(end));
                end++;
            } else if (low(end).equals("%") || low(end).equals("percent") || low(end).equals("pct")) {
                type = EntityType.PERCENT;
                unit = "%";
                end++;
            } else if (low(end).equals("per") && low(end + 1).equals("cent")) {
                type = EntityType.PERCENT;
                unit = "%";
                end += 2;
            }
            approximate |= hedged(i);
            QuantityValue v = new QuantityValue(value, upper, approximate, Optional.ofNullable(unit));
            return new QuantityMatch(i, end, type, v);
        }

        /** "no one", "every one", "the one who": not a count. */
        boolean isPronounOne(int i) {
            String before = low(i - 1);
            return before.equals("no") || before.equals("any") || before.equals("every") || before.equals("each")
                    || before.equals("the") || before.equals("this") || before.equals("that") || low(i + 1).equals("another");
        }

        boolean hedged(int i) {
            return NumberWords.HEDGES.contains(low(i - 1)) || NumberWords.HEDGE_PAIRS.contains(low(i - 2) + " " + low(i - 1));
        }

        /** A number starting at word i: digits (with scale words), number words, or a vague count. */
        Parsed number(int i) {
            if (i >= w.length) return null;
            String t = low(i);
            BigDecimal digits = digits(i);
            if (digits != null) return scaled(digits, i + 1, false);
            if ((t.equals("a") || t.equals("an")) && NumberWords.SCALES.containsKey(low(i + 1))) {
                return scaled(BigDecimal.ONE, i + 1, false);
            }
            if (NumberWords.VAGUE.containsKey(t)) return vague(i);
            return words(i);
        }

        /** Digits in either convention; see the class comment for "2.500". */
        BigDecimal digits(int i) {
            String t = low(i);
            if (t.isEmpty() || !Character.isDigit(t.charAt(0))) return null;
            Matcher dash = DASH_RANGE.matcher(t);
            if (dash.matches()) return new BigDecimal(dash.group(1));
            if (ONE_DOT_GROUP.matcher(t).matches() && countsThings(i + 1)) return new BigDecimal(t.replace(".", ""));
            if (EUROPEAN.matcher(t).matches()) return new BigDecimal(t.replace(".", "").replace(',', '.'));
            if (ENGLISH.matcher(t).matches()) return new BigDecimal(t.replace(",", ""));
            return null;
        }

        /** A noun of counted things within five words, before any punctuation, number or scale word. */
        boolean countsThings(int from) {
            for (int k = from; k < Math.min(lower.length, from + 5); k++) {
                String t = lower[k];
                if (NumberWords.COUNTED.contains(t)) return true;
                if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || NumberWords.SCALES.containsKey(t)) return false;
            }
            return false;
        }

        Parsed scaled(BigDecimal value, int end, boolean approximate) {
            boolean scaled = false;
            while (NumberWords.SCALES.containsKey(low(end))) {
                value = value.multiply(NumberWords.SCALES.get(low(end)));
                end++;
                scaled = true;
            }
            return new Parsed(value, end, approximate, scaled);
        }

        BigDecimal scaleOf(int i) {
            return NumberWords.SCALES.get(low(i));
        }

        /** "dozens", "hundreds of thousands", "tens of thousands": the least meant, approximate. */
        Parsed vague(int i) {
            BigDecimal v = NumberWords.VAGUE.get(low(i));
            if (low(i + 1).equals("of") && NumberWords.VAGUE.containsKey(low(i + 2)) && !low(i + 2).equals("dozens")
                    && !low(i + 2).equals("tens")) {
                BigDecimal unit = NumberWords.VAGUE.get(low(i + 2)).divide(BigDecimal.valueOf(2));
                return new Parsed(v.multiply(unit), i + 3, true, true);
            }
            if (low(i).equals("tens")) return null;
            return new Parsed(v, i + 1, true, false);
        }

        /** "seventy-five", "two hundred and fifty", "three million", "two dozen". */
        Parsed words(int i) {
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal current = BigDecimal.ZERO;
            boolean any = false;
            boolean scaled = false;
            int j = i;
            while (j < lower.length) {
                String t = lower[j];
                Integer unit = unitWord(t);
                if (unit != null) {
                    current = current.add(BigDecimal.valueOf(unit));
                    any = true;
                } else if (any && t.equals("hundred")) {
                    current = current.max(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
                    scaled = true;
                } else if (any && NumberWords.SCALES.containsKey(t)) {
                    total = total.add(current.max(BigDecimal.ONE).multiply(NumberWords.SCALES.get(t)));
                    current = BigDecimal.ZERO;
                    scaled = true;
                } else if (any && t.equals("and") && scaled && unitWord(low(j + 1)) != null) {
                    // "two hundred and fifty": go on
                } else {
                    break;
                }
                j++;
            }
            return any ? new Parsed(total.add(current), j, false, scaled) : null;
        }

        static Integer unitWord(String t) {
            Integer u = NumberWords.UNITS.get(t);
            if (u != null) return u;
            int dash = t.indexOf('-');
            if (dash > 0) {
                Integer tens = NumberWords.UNITS.get(t.substring(0, dash));
                Integer ones = NumberWords.UNITS.get(t.substring(dash + 1));
                if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) return tens + ones;
            }
            return null;
        }
    }
}
