package dev.faultline.domain;

/**
 * Distance along the Earth's surface, on a sphere of the IUGG mean radius (haversine). The one
 * definition every module uses, so that "within 25 km" means the same when the geocoder places an
 * event, the claims stage groups reports and the evaluation scores them.
 */
public final class GreatCircle {
    /** The IUGG mean Earth radius, R1, in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** Kilometres between two points given in degrees of latitude and longitude. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
