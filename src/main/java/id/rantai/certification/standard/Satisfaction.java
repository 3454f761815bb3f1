package id.rantai.certification.standard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction figures, plain Java. The service standard asks that at least 80 % of those served
 * are satisfied on a 4-point scale (3 or 4). The public-service satisfaction index (SKM, Indeks
 * Kepuasan Masyarakat, PermenPANRB 14/2017) averages each of the nine service elements (U1–U9,
 * rated 1–4) over the respondents, weighs each element 1/9, and multiplies the sum by 25, giving
 * 25–100 with a quality band: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.
 */
public final class Satisfaction {
    public static final double TARGET_PERCENT = 80.0;
    public static final List<String> ELEMENTS = List.of(
            "Persyaratan",
            "Sistem, mekanisme dan prosedur",
            "Waktu penyelesaian",
            "Biaya/tarif",
            "Produk spesifikasi jenis pelayanan",
            "Kompetensi pelaksana",
            "Perilaku pelaksana",
            "Penanganan pengaduan, saran dan masukan",
            "Sarana dan prasarana");

    /** One answered survey: overall satisfaction 1–4 and the nine elements 1–4. */
    public record Answer(int satisfaction, int[] elements) {}

    public record Figures(
            int responses,
            int satisfied,
            @Nullable Double satisfiedPercent,
            boolean targetMet,
            List<Double> elementAverages,
            @Nullable Double skm,
            @Nullable String band) {}

    private Satisfaction() {}

    public static Figures of(List<Answer> answers) {
        int n = answers.size();
        if (n == 0) {
            return new Figures(0, 0, null, false, List.of(), null, null);
        }
        int satisfied =
                (int) answers.stream().filter(a -> a.satisfaction() >= 3).count();
        double percent = round2(100.0 * satisfied / n);
        double[] sums = new double[9];
        for (Answer a : answers) {
            for (int i = 0; i < 9; i++) {
                sums[i] += a.elements()[i];
            }
        }
        List<Double> averages = new java.util.ArrayList<>();
        double weighted = 0;
        for (int i = 0; i < 9; i++) {
            double nrr = sums[i] / n;
            averages.add(round2(nrr));
            weighted += nrr / 9;
        }
        double skm = round2(weighted * 25);
        return new Figures(n, satisfied, percent, percent >= TARGET_PERCENT, averages, skm, band(skm));
    }

    public static String band(double skm) {
        if (skm >= 88.31) {
            return "A";
        }
        if (skm >= 76.61) {
            return "B";
        }
        return skm >= 65.00 ? "C" : "D";
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
