package id.rantai.shared.geo;

/**
 * Geodesic distances on the WGS84 ellipsoid (Vincenty's inverse formula). Route distances on a
 * customs route plan are legal figures, so they are measured on the ellipsoid, not on a sphere or
 * in degrees.
 */
public final class Geodesy {
    static final double A = 6378137.0;
    static final double F = 1 / 298.257223563;
    static final double B = A * (1 - F);
    static final double E2 = F * (2 - F);

    private Geodesy() {}

    /** Distance in metres between two positions. */
    public static double distance(double lat1, double lon1, double lat2, double lon2) {
        if (lat1 == lat2 && lon1 == lon2) {
            return 0;
        }
        double l = Math.toRadians(lon2 - lon1);
        double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat1)));
        double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat2)));
        double sinU1 = Math.sin(u1), cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2), cosU2 = Math.cos(u2);
        double lambda = l;
        double sinSigma, cosSigma, sigma, cos2Alpha, cos2SigmaM;
        int iterations = 0;
        while (true) {
            double sinLambda = Math.sin(lambda), cosLambda = Math.cos(lambda);
            double t1 = cosU2 * sinLambda;
            double t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
            sinSigma = Math.sqrt(t1 * t1 + t2 * t2);
            if (sinSigma == 0) {
                return 0;
            }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            double c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
            double previous = lambda;
            lambda = l
                    + (1 - c)
                            * F
                            * sinAlpha
                            * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-12) {
                break;
            }
            if (++iterations > 200) {
                // Nearly antipodal points do not converge; no customs route spans half the globe,
                // so the spherical figure is an honest fallback there.
                return haversine(lat1, lon1, lat2, lon2);
            }
        }
        double uSq = cos2Alpha * (A * A - B * B) / (B * B);
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double deltaSigma = bigB
                * sinSigma
                * (cos2SigmaM
                        + bigB
                                / 4
                                * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                                        - bigB
                                                / 6
                                                * cos2SigmaM
                                                * (-3 + 4 * sinSigma * sinSigma)
                                                * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return B * bigA * (sigma - deltaSigma);
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
