package dev.faultline.places;

import dev.faultline.lexicon.CommonWords;

import java.util.Set;

/**
 * The small vocabularies that finding place names reads: words for a kind of place, the words that
 * link a place to the one it lies in, the small words inside names, and words that are no place of
 * their own. Lower case unless said otherwise; team-written, from how news reports and ACLED-style
 * notes name places.
 */
final class PlaceWords {
    private PlaceWords() {}

    static final Set<String> QUARTER_WORDS = Set.of("district", "neighborhood", "neighbourhood", "quarter", "area", "suburb",
            "square", "street", "camp");

    static final Set<String> CONTAINER_LINKS = Set.of("(", ")", "-lrb-", "-rrb-", ",", "of", "in", "the", "county",
            "east", "west", "north", "south", "eastern", "western", "northern", "southern", "northeastern", "northwestern",
            "southeastern", "southwestern", "central", "rural",
            "township", "sub-district", "subdistrict", "region", "regency", "department");

    static final Set<String> DIVISION_WORDS = Set.of("province", "governorate", "countryside", "region", "state", "oblast",
            "prefecture", "suburbs", "provinces", "governorates");

    /** Words after a name for a town or a unit below a division (Nigeria's LGAs, India's tehsils, Ethiopia's woredas). */
    static final Set<String> SETTLEMENT_WORDS = Set.of("city", "town", "village", "camp", "neighborhood", "neighbourhood",
            "district", "subdistrict", "sub-district", "area", "municipality", "township", "lga", "parish", "tehsil", "taluka",
            "upazila", "woreda", "kebele", "commune", "barangay");

    /** Small words inside place names: Arabic articles, Romance and Germanic prepositions and articles, "y", "upon". */
    static final Set<String> JOINING_WORDS = Set.of("al", "el", "ez", "es", "as", "ash", "ad", "ed", "ar", "er", "az",
            "an", "at", "ath", "adh", "wa", "bin", "bani", "abu", "de", "del", "della", "da", "do", "dos", "das", "di", "du", "des",
            "la", "le", "les", "los", "las", "y", "von", "van", "der", "den", "upon", "on", "sur");

    static final Set<String> LEADING_ARTICLES = Set.of("Al", "El", "As", "Ash", "Ad", "Ar", "Az", "An", "At", "Ath");

    static final Set<String> INNER_ARTICLES = Set.of("al", "el", "ez", "es", "as", "ash", "ad", "ed", "ar", "er", "az",
            "an", "at", "ath", "adh", "al-", "wa", "bin", "bani", "abu");

    /** Prepositions after which a capitalised word is likely a place: where something is or passes ("in", "through"). */
    static final Set<String> LOCATIVES = CommonWords.LOCATIVES.taggedAny("where", "way");

    /** Lower-case words for a part of a town between a locative and its name: "in central Leeds", "through downtown Tulsa". */
    static final Set<String> PARTS_OF_TOWN = Set.of("central", "downtown", "northern", "southern", "eastern", "western", "rural",
            "suburban", "greater", "old");

    static final Set<String> MONTHS_AND_DAYS = monthsAndDays();

    /** Capitalised words that name no place on their own: compass points, "Region". */
    static final Set<String> NOT_A_PLACE_ALONE = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "upper", "lower", "new", "old", "greater", "region", "province", "district",
            "state", "city", "town", "village", "county", "township", "governorate", "municipality", "barangay", "kwaeng", "khet",
            "tambon", "mahalle", "kebele", "woreda", "commune", "ward");

    private static Set<String> monthsAndDays() {
        Set<String> words = new java.util.HashSet<>(CommonWords.MONTHS.keySet());
        words.addAll(CommonWords.WEEKDAYS.keySet());
        return Set.copyOf(words);
    }

    static final Set<String> NAMED_FOR_PEOPLE = Set.of("square", "street", "avenue", "boulevard", "plaza");

    /** Last words of a run that make it a named facility, whose first words are no place of their own. */
    static final Set<String> FACILITY_WORDS = Set.of("square", "street", "park", "road", "bridge", "hospital", "university",
            "hall", "centre", "center", "stadium", "mosque", "church", "market", "avenue", "plaza", "building", "office", "school",
            "college", "prison", "court", "palace", "tower", "station", "highway", "boulevard", "roundabout", "gate", "cathedral",
            "factory", "company", "ministry", "department");
}
