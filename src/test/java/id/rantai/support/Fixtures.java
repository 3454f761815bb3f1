package id.rantai.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Request bodies and files the tests share. */
public final class Fixtures {
    private Fixtures() {}

    /** A valid ISO 6346 container number (the standard's own example). */
    public static final String CONTAINER = "CSQU3054383";

    public static String tripRequest(World w) {
        return """
                {"containerNumber":"%s","providerId":"%s",
                 "legalBasis":{"documentType":"BC_1_2","number":"000123/KPPBC.TE/2026","date":"2026-11-23",
                               "issuingOffice":"KPPBC TMP Tanjung Emas"}}""".formatted(CONTAINER, w.providerId);
    }

    /**
     * Port of Tanjung Emas (a circle) to a bonded warehouse west of Semarang (a polygon), along the
     * coast road, departing at 10:00 WIB at 30 km/h.
     */
    public static String routePlan() {
        return """
                {"origin":{"name":"Pelabuhan Tanjung Emas","kind":"PORT",
                           "geofence":{"type":"Circle","coordinates":[110.4250,-6.9460],"radius":800}},
                 "destination":{"name":"Kawasan Berikat Wijayakusuma","kind":"BONDED_WAREHOUSE",
                           "geofence":{"type":"Polygon","coordinates":[[[110.3560,-6.9740],[110.3640,-6.9740],
                                       [110.3640,-6.9660],[110.3560,-6.9660],[110.3560,-6.9740]]]}},
                 "route":{"type":"LineString","coordinates":[[110.4250,-6.9460],[110.4100,-6.9520],
                          [110.3900,-6.9600],[110.3750,-6.9650],[110.3600,-6.9700]]},
                 "corridorWidthMeters":500,"plannedDeparture":"2026-11-24T03:00:00Z","expectedSpeedKmh":30}""";
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xFF8800);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
