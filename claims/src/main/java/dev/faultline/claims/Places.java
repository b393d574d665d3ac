package dev.faultline.claims;

import dev.faultline.domain.GreatCircle;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.PlacePrecision;

/** Whether two claims' places can be the same place. */
final class Places {
    private Places() {
    }

    /**
     * Near: within {@link Stories#NEAR_KM} km when both are points; the same division or country when
     * one is only that. Unknown places do not keep claims apart unless {@code strict}.
     */
    static boolean near(EventPlace a, EventPlace b, boolean strict) {
        boolean ka = a != null && a.isResolved(), kb = b != null && b.isResolved();
        if (!ka || !kb) return !strict;
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) return false;
        if (a.precision() == PlacePrecision.COUNTRY || b.precision() == PlacePrecision.COUNTRY) return !strict;
        if (a.precision() == PlacePrecision.ADMIN1 || b.precision() == PlacePrecision.ADMIN1) {
            return a.admin1() != null && a.admin1().equals(b.admin1());
        }
        return a.lat() != null && b.lat() != null && GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon()) <= Stories.NEAR_KM;
    }

}
