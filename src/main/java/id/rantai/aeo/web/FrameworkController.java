package id.rantai.aeo.web;

import id.rantai.aeo.framework.Criterion;
import id.rantai.aeo.framework.Framework;
import id.rantai.aeo.framework.FrameworkCatalogue;
import id.rantai.identity.CurrentActor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The AEO framework versions: readable by everyone signed in; loaded by an administrator. */
@RestController
@RequestMapping("/api/v1/aeo/frameworks")
class FrameworkController {
    private final FrameworkCatalogue catalogue;
    private final CurrentActor actor;

    FrameworkController(FrameworkCatalogue catalogue, CurrentActor actor) {
        this.catalogue = catalogue;
        this.actor = actor;
    }

    /** {@code publishedAt} is null while the version is only loaded: new assessments do not start from it yet. */
    record Summary(
            UUID id,
            String key,
            String version,
            String titleId,
            String titleEn,
            Instant loadedAt,
            @Nullable Instant publishedAt,
            int criteria) {
        static Summary of(Framework f) {
            return new Summary(
                    f.id(),
                    f.key(),
                    f.version(),
                    f.titleId(),
                    f.titleEn(),
                    f.loadedAt(),
                    f.publishedAt(),
                    f.all().size());
        }
    }

    record Detail(Summary framework, List<Criterion> criteria) {}

    /** The AEO framework versions, newest first, with their state (draft or published). */
    @GetMapping
    List<Summary> list() {
        return catalogue.list().stream().map(Summary::of).toList();
    }

    /** One framework version with its conditions, requirements and scoring. */
    @GetMapping("/{id}")
    Detail get(@PathVariable UUID id) {
        Framework f = catalogue.get(id);
        return new Detail(Summary.of(f), f.all());
    }

    /** The body is a framework file (see the README). */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Summary load(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            type = "object",
                                                            description =
                                                                    "A framework file: its key, version, conditions and requirements (README, AEO compliance)")))
                    @RequestBody
                    byte[] file) {
        return Summary.of(catalogue.load(actor.get(), file));
    }

    /** Makes a loaded version the default for new assessments. */
    @PostMapping("/{id}/publish")
    Summary publish(@PathVariable UUID id) {
        return Summary.of(catalogue.publish(actor.get(), id));
    }
}
