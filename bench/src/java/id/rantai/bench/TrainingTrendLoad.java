package id.rantai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost of the training compliance views for a large company: imports N employees through the
 * API, then times, interleaved in one run, the company summary (one evaluation of every
 * employee/topic pair) and the trend over 12, 24 and 36 month-ends.
 *
 *   java -cp … id.rantai.bench.TrainingTrendLoad http://localhost:18080 admin-password 10000 15
 */
public final class TrainingTrendLoad {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private TrainingTrendLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = auth("admin", args[1]);
        int employees = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String office = id(send(
                base,
                admin,
                "POST",
                "/api/v1/organisations",
                "{\"name\":\"Bench Office " + suffix + "\",\"kind\":\"CUSTOMS_OFFICE\",\"code\":\"B-" + suffix
                        + "\",\"timeZone\":\"WIB\"}"));
        String org = id(send(
                base,
                admin,
                "POST",
                "/api/v1/organisations",
                "{\"name\":\"Bench Training " + suffix
                        + "\",\"kind\":\"SERVICE_USER\",\"businessRoles\":[\"IMPORTER\"],\"customsOfficeId\":\""
                        + office + "\"}"));
        send(
                base,
                admin,
                "POST",
                "/api/v1/users",
                "{\"username\":\"trainer-" + suffix + "\",\"password\":\"bench-password\","
                        + "\"fullName\":\"Bench\",\"organisationId\":\"" + org + "\",\"roles\":[\"ORG_ADMIN\"]}");
        String user = auth("trainer-" + suffix, "bench-password");

        StringBuilder csv = new StringBuilder("employee_number,full_name,department,hire_date,job_functions\n");
        LocalDate first = LocalDate.now().minusYears(3);
        for (int i = 1; i <= employees; i++) {
            csv.append("B")
                    .append(i)
                    .append(",Karyawan ")
                    .append(i)
                    .append(",Dept ")
                    .append(i % 25)
                    .append(',')
                    .append(first.plusDays(i % 1000))
                    .append(',')
                    .append(i % 3 == 0 ? "CARGO_DOCK;COMPUTER_USER" : "COMPUTER_USER")
                    .append('\n');
        }
        String job = id(multipart(base, user, "/api/v1/training/employees/import", csv.toString()));
        while (send(base, user, "GET", "/api/v1/training/imports/" + job, null).contains("\"RUNNING\"")) {
            Thread.sleep(500);
        }
        System.out.printf(
                Locale.ROOT,
                "%d employees imported; %d rounds, %d cores%n",
                employees,
                rounds,
                Runtime.getRuntime().availableProcessors());

        YearMonth now = YearMonth.now();
        String[] names = {"summary", "trend 12", "trend 24", "trend 36"};
        String[] paths = {
            "/api/v1/training/compliance",
            "/api/v1/training/compliance/trend?from=" + now.minusMonths(11) + "&to=" + now,
            "/api/v1/training/compliance/trend?from=" + now.minusMonths(23) + "&to=" + now,
            "/api/v1/training/compliance/trend?from=" + now.minusMonths(35) + "&to=" + now
        };
        List<List<Long>> millis = new ArrayList<>();
        for (int k = 0; k < paths.length; k++) {
            millis.add(new ArrayList<>());
        }
        for (int round = -2; round < rounds; round++) { // two warm-up rounds
            for (int k = 0; k < paths.length; k++) {
                long t0 = System.nanoTime();
                send(base, user, "GET", paths[k], null);
                if (round >= 0) {
                    millis.get(k).add((System.nanoTime() - t0) / 1_000_000);
                }
            }
        }
        double summary = median(millis.get(0));
        for (int k = 0; k < paths.length; k++) {
            double m = median(millis.get(k));
            System.out.printf(
                    Locale.ROOT,
                    "%-9s median %6.0f ms  max %6d ms  (%.1f x summary)%n",
                    names[k],
                    m,
                    Collections.max(millis.get(k)),
                    m / summary);
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private static String send(String base, String auth, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth);
        if (json == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static String multipart(String base, String auth, String path, String csv) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"staff.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
