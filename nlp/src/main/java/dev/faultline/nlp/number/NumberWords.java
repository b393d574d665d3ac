package dev.faultline.nlp.number;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** English number vocabulary: cardinals, scale words, vague counts, hedges, currencies, counted nouns. */
final class NumberWords {
    private NumberWords() {
    }

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** Multipliers after a number: "5 million", "6.4 mln", "2 bn", "a dozen". */
    static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("hundred", BigDecimal.valueOf(100)), Map.entry("thousand", BigDecimal.valueOf(1_000)),
            Map.entry("million", BigDecimal.valueOf(1_000_000)), Map.entry("mln", BigDecimal.valueOf(1_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000)), Map.entry("bln", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)), Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("dozen", BigDecimal.valueOf(12)));

    /**
     * Vague plural counts and the least each can mean ("dozens" is at least two dozen): the value
     * is that lower bound and the quantity is marked approximate.
     */
    static final Map<String, BigDecimal> VAGUE = Map.of(
            "dozens", BigDecimal.valueOf(24), "hundreds", BigDecimal.valueOf(200),
            "thousands", BigDecimal.valueOf(2_000), "millions", BigDecimal.valueOf(2_000_000),
            "tens", BigDecimal.valueOf(20));

    /** Words before a number that hedge it. */
    static final Set<String> HEDGES = Set.of("about", "around", "roughly", "nearly", "almost", "approximately",
            "some", "over", "estimated", "upwards", "under", "approx.", "circa", "perhaps", "maybe");

    /** Two-word hedges, as "first second". */
    static final Set<String> HEDGE_PAIRS = Set.of("more than", "less than", "fewer than", "at least", "up to",
            "close to", "as many", "as much", "at most");

    /** Currency words and signs, to ISO 4217 codes. */
    static final Map<String, String> CURRENCY_BEFORE = Map.of("$", "USD", "us$", "USD", "€", "EUR", "£", "GBP",
            "¥", "JPY", "c$", "CAD", "a$", "AUD");
    static final Map<String, String> CURRENCY_AFTER = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("rials", "IRR"), Map.entry("riyals", "SAR"), Map.entry("shekels", "ILS"),
            Map.entry("hryvnias", "UAH"), Map.entry("rupees", "INR"), Map.entry("lira", "TRY"));

    /**
     * Nouns of counted things — people, forces, weapons, buildings. "2.500" followed by one of these
     * (within a few words) is a count written with a European thousands separator, not 2.5.
     */
    static final Set<String> COUNTED = Set.of("people", "persons", "men", "women", "children", "civilians", "troops",
            "soldiers", "officers", "fighters", "militants", "militiamen", "rebels", "insurgents", "guards",
            "guardsmen", "police", "policemen", "personnel", "members", "volunteers", "mercenaries", "recruits",
            "refugees", "migrants", "prisoners", "detainees", "hostages", "protesters", "demonstrators", "residents",
            "families", "villagers", "workers", "students", "victims", "casualties", "dead", "wounded", "killed",
            "injured", "tanks", "vehicles", "rockets", "missiles", "drones", "shells", "mortars", "rounds", "aircraft",
            "jets", "planes", "helicopters", "ships", "boats", "homes", "houses", "buildings", "villages", "advisers",
            "advisors", "commanders", "marines", "sailors", "airmen", "reservists", "conscripts", "jihadists",
            "combatants", "settlers", "pilgrims", "voters", "supporters", "followers", "employees", "staff");
}
