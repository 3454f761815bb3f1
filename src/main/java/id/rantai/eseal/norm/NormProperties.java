package id.rantai.eseal.norm;

import id.rantai.eseal.Norm;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SOP time norms. Defaults are the joint SOP's: install within 5 minutes, installation photos
 * within 10, removal within 5 of arrival, removal documentation within 10. The SOP names no figure
 * for following up disruption reports; the defaults here (acknowledge in 30 minutes, resolve in
 * 24 hours) are a starting point for the office and provider to agree on.
 *
 * @param minimumPhotos photos a step needs before its documentation norm counts as met
 * @param checkInterval how often deadlines that passed with nothing done are looked for
 * @param documentationMetOn when a documentation norm is met: photos uploaded to Rantai, or — with the
 *                      SKP integration, as the SOP words it ("foto ke SKP") — photos received by SKP
 */
@ConfigurationProperties("rantai.norms")
public record NormProperties(
        @DefaultValue("PT5M") Duration installation,
        @DefaultValue("PT10M") Duration installationPhotos,
        @DefaultValue("PT5M") Duration removal,
        @DefaultValue("PT10M") Duration removalDocuments,
        @DefaultValue("PT30M") Duration disruptionAcknowledgement,
        @DefaultValue("PT24H") Duration disruptionResolution,
        @DefaultValue("1") int minimumPhotos,
        @DefaultValue("PT15S") Duration checkInterval,
        @DefaultValue("UPLOAD") DocumentationMetOn documentationMetOn) {

    public enum DocumentationMetOn {
        UPLOAD,
        SKP_DELIVERY
    }

    public Duration of(Norm norm) {
        return switch (norm) {
            case INSTALLATION -> installation;
            case INSTALLATION_PHOTOS -> installationPhotos;
            case REMOVAL -> removal;
            case REMOVAL_DOCUMENTS -> removalDocuments;
            case DISRUPTION_ACKNOWLEDGEMENT -> disruptionAcknowledgement;
            case DISRUPTION_RESOLUTION -> disruptionResolution;
        };
    }
}
