package id.rantai.training.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * An xAPI statement as the API document shows it: the parts Rantai reads to record a completion.
 * A learning system sends the whole statement (context, authority, attachments…); the rest is read
 * past, not refused, so these records describe the format rather than bind it.
 */
final class XapiDocument {
    private XapiDocument() {}

    @Schema(
            name = "XapiStatement",
            description = "completed, passed or failed statements are recorded; other verbs are skipped",
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Statement(
            @Schema(description = "The statement's id: a repeat is recorded once", maxLength = 200)
            String id,

            Actor actor,
            Verb verb,
            Activity object,
            Result result,
            OffsetDateTime timestamp) {}

    @Schema(name = "XapiActor", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Actor(
            @Schema(
                    description = "mailto: and the employee's e-mail",
                    example = "mailto:siti@example.co.id",
                    maxLength = 261)
            String mbox,

            @Schema(description = "or the employee number as the account's name")
            Account account) {}

    @Schema(name = "XapiAccount", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Account(
            @Schema(maxLength = 100) String name,
            @Schema(maxLength = 2000) String homePage) {}

    @Schema(name = "XapiVerb", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Verb(
            @Schema(example = "http://adlnet.gov/expapi/verbs/completed", maxLength = 2000)
            String id) {}

    @Schema(name = "XapiActivity", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Activity(
            @Schema(description = "The topic's code or its activity IRI", maxLength = 2000)
            String id) {}

    @Schema(name = "XapiResult", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Result(Boolean success, Score score) {}

    @Schema(name = "XapiScore", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Score(Double scaled, Double raw, Double min, Double max) {}
}
