package dev.faultline.store.jdbc;

import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.PlacePrecision;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * How an {@link EventDate} and an {@link EventPlace} are stored, alike in {@code events} and
 * {@code force_claims}: a date as its value, precision and basis (lower-case words) plus the first
 * and last day it covers (ISO text, for ordering and ranges); a place as its name, country, admin1,
 * coordinates, GeoNames id and precision (a lower-case word). All null when there is none.
 */
final class DatePlaceColumns {
    private DatePlaceColumns() {
    }

    /** Binds date_value, date_precision, date_basis, date_start, date_end from parameter {@code i} on. */
    static void bindDate(PreparedStatement p, int i, EventDate d) throws SQLException {
        p.setString(i, d == null ? null : d.value().value());
        p.setString(i + 1, d == null ? null : d.value().precision().name().toLowerCase(Locale.ROOT));
        p.setString(i + 2, d == null ? null : d.basis().label());
        p.setString(i + 3, d == null ? null : d.value().start().toString());
        p.setString(i + 4, d == null ? null : d.value().end().toString());
    }

    /** Binds place_name, place_country, place_admin1, place_lat, place_lon, place_geonameid, place_precision from {@code i} on. */
    static void bindPlace(PreparedStatement p, int i, EventPlace pl) throws SQLException {
        p.setString(i, pl == null ? null : pl.name());
        p.setString(i + 1, pl == null ? null : pl.country());
        p.setString(i + 2, pl == null ? null : pl.admin1());
        setDouble(p, i + 3, pl == null ? null : pl.lat());
        setDouble(p, i + 4, pl == null ? null : pl.lon());
        setLong(p, i + 5, pl == null ? null : pl.geonameId());
        p.setString(i + 6, precision(pl));
    }

    static String precision(EventPlace pl) {
        return pl == null || pl.precision() == null ? null : pl.precision().name().toLowerCase(Locale.ROOT);
    }

    /** The date stored as {@code value}, {@code precision} and {@code basis}, or null when {@code value} is. */
    static EventDate date(String value, String precision, String basis) {
        if (value == null) return null;
        PartialDate d = PartialDate.parse(value).orElseThrow(() -> new IllegalArgumentException("a bad date '" + value + "'"));
        if (d.precision() != DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("date " + value + " is not of precision " + precision);
        }
        return new EventDate(d, EventDate.Basis.valueOf(basis.toUpperCase(Locale.ROOT)));
    }

    /**
     * The place stored in these columns, or null when {@code name} is. Rows geocoded before the
     * precision column existed (V4 added it empty) read as precise to a place when they have
     * coordinates and to a country when they have only one, as that geocoder placed them.
     */
    static EventPlace place(String name, String country, String admin1, Double lat, Double lon, Long geonameId, String precision) {
        if (name == null) return null;
        PlacePrecision p = precision != null ? PlacePrecision.valueOf(precision.toUpperCase(Locale.ROOT))
                : lat != null ? PlacePrecision.PLACE : country != null ? PlacePrecision.COUNTRY : null;
        return new EventPlace(name, country, admin1, lat, lon, geonameId, p);
    }

    static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) p.setNull(i, Types.DOUBLE);
        else p.setDouble(i, v);
    }

    static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) p.setNull(i, Types.BIGINT);
        else p.setLong(i, v);
    }
}
