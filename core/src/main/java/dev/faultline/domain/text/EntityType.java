package dev.faultline.domain.text;

/**
 * The type of a named-entity mention. Location fine types ({@link #CITY}, {@link #COUNTRY},
 * {@link #STATE_OR_PROVINCE}) refine {@link #LOCATION} when a dictionary knows the name; a reader
 * that wants every place asks {@link #isLocation()}. {@link #WEAPON} and {@link #MILITARY_PLATFORM}
 * (a barrel bomb; a helicopter, a T-72) come from Faultline's own dictionary, in any letter case.
 */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE,
    NATIONALITY, RELIGION, TITLE,
    DATE, TIME, DURATION,
    NUMBER, MONEY, PERCENT,
    WEAPON, MILITARY_PLATFORM,
    /** A common noun naming a place ("the town", "a hospital"): not itself a place a map can show. */
    PLACE_NOUN;

    /** LOCATION or one of its fine types. */
    public boolean isLocation() {
        return this == LOCATION || this == CITY || this == COUNTRY || this == STATE_OR_PROVINCE;
    }

    /** DATE, TIME or DURATION: the value, when there is one, is a {@link TimeValue}. */
    public boolean isTemporal() {
        return this == DATE || this == TIME || this == DURATION;
    }

    /** NUMBER, MONEY or PERCENT: the value, when there is one, is a {@link QuantityValue}. */
    public boolean isNumeric() {
        return this == NUMBER || this == MONEY || this == PERCENT;
    }
}
