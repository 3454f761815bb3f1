package id.rantai.certification.web;

import id.rantai.certification.CertificationProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Warns, at start and on every page of the certification desk, while
 * {@code rantai.certification.public-base-url} still points at this machine: the certificates'
 * QR codes, the verification links and the applicants' e-mails all carry that address.
 */
@ControllerAdvice(assignableTypes = {CertificationDeskPage.class, ServiceQueuesPage.class, DatabaseInputPage.class})
class PublicAddressWarning {
    private static final Logger log = LoggerFactory.getLogger(PublicAddressWarning.class);
    private final CertificationProperties properties;

    PublicAddressWarning(CertificationProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (properties.publicAddressIsLocal()) {
            log.warn(
                    "rantai.certification.public-base-url is {}: every certificate QR code, verification link and "
                            + "applicant e-mail will carry an address only this machine can open. Set it to the address "
                            + "the public reaches Rantai at.",
                    properties.publicBaseUrl());
        }
    }

    @ModelAttribute("publicAddressWarning")
    @Nullable
    String onDeskPages() {
        return properties.publicAddressIsLocal() ? properties.publicBaseUrl() : null;
    }
}
