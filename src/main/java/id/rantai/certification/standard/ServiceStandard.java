package id.rantai.certification.standard;

import id.rantai.certification.CertificationProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published service standard of the certification unit (seed 002) as data: for each of the six
 * services its legal basis, facilities, staff competence, internal control, number of staff,
 * service guarantee, safety guarantee and evaluation, with the time standards Rantai holds it to.
 */
@Component
public class ServiceStandard {
    /** Timed service cases and the service they belong to. */
    public enum CaseType {
        REGISTRATION_CHECK("EXAM"),
        RESULTS("EXAM"),
        CERTIFICATE_ISSUE("CERTIFICATE"),
        LEGALIZATION("LEGALIZATION"),
        CORRECTION("CORRECTION"),
        LOST_CERTIFICATE("LOST_CERTIFICATE"),
        DATABASE_INPUT("DATABASE_INPUT"),
        /** A complaint about any of the services; answered within its own standard. */
        COMPLAINT("COMPLAINT");

        public final String service;

        CaseType(String service) {
            this.service = service;
        }
    }

    public record TimeStandard(CaseType caseType, int workingDays) {}

    public record Service(
            int no,
            String code,
            String nameId,
            String nameEn,
            String legalBasis,
            String facilities,
            String competence,
            String internalControl,
            String staff,
            String serviceGuarantee,
            String safetyGuarantee,
            String evaluation,
            List<TimeStandard> timeStandards) {}

    private final List<Service> services = new ArrayList<>();

    ServiceStandard(JsonMapper json, CertificationProperties properties) {
        JsonNode root;
        try (InputStream in = new ClassPathResource("certification/service-standard.json").getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode s : root.get("services")) {
            String code = s.get("code").asString("");
            List<TimeStandard> times = new ArrayList<>();
            for (CaseType t : CaseType.values()) {
                if (t.service.equals(code)) {
                    times.add(new TimeStandard(t, properties.workingDays(t.name())));
                }
            }
            services.add(new Service(
                    s.get("no").asInt(),
                    code,
                    text(s, "nameId"),
                    text(s, "nameEn"),
                    text(s, "legalBasis"),
                    text(s, "facilities"),
                    text(s, "competence"),
                    text(s, "internalControl"),
                    text(s, "staff"),
                    text(s, "serviceGuarantee"),
                    text(s, "safetyGuarantee"),
                    text(s, "evaluation"),
                    times));
        }
    }

    /** Each service's name in a reader's language (English, or Indonesian for any other), by code. */
    public java.util.Map<String, String> names(java.util.Locale reader) {
        boolean english = reader.getLanguage().equals("en");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        services().forEach(x -> names.put(x.code(), english ? x.nameEn() : x.nameId()));
        return names;
    }

    public List<Service> services() {
        return List.copyOf(services);
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).asString("");
    }
}
