package id.rantai.training.web;

import id.rantai.identity.CurrentActor;
import id.rantai.training.TrainingAccess;
import id.rantai.training.catalogue.JobFunction;
import id.rantai.training.catalogue.Topic;
import id.rantai.training.catalogue.TopicVersion;
import id.rantai.training.catalogue.TrainingCatalogue;
import id.rantai.training.rules.TrainingRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A company's training catalogue: topics and their versions, job functions, rule settings. */
@RestController
@RequestMapping("/api/v1/training")
class CatalogueController {
    private final TrainingCatalogue catalogue;
    private final CurrentActor actor;

    CatalogueController(TrainingCatalogue catalogue, CurrentActor actor) {
        this.catalogue = catalogue;
        this.actor = actor;
    }

    record FunctionBody(
            @Size(max = 200) String name, @Size(max = 200) List<UUID> topicIds) {}

    record SettingsBody(
            @Valid TrainingRules.Settings rules,
            @Size(max = 10) List<Integer> reminderDaysBefore,
            @Size(max = 254) String complianceEmail) {}

    /** The company's training topics with their current version. */
    @GetMapping("/topics")
    List<TrainingCatalogue.TopicView> topics() {
        return catalogue.topics(actor.get());
    }

    /** Adds a training topic with its refresher interval and the job functions that require it. */
    @PostMapping("/topics")
    @ResponseStatus(HttpStatus.CREATED)
    Topic add(@Valid @RequestBody TrainingCatalogue.NewTopic body) {
        return catalogue.addTopic(actor.get(), body);
    }

    /** Changes a training topic; a change of content makes a new version. */
    @PutMapping("/topics/{id}")
    Topic edit(@PathVariable UUID id, @Valid @RequestBody TrainingCatalogue.TopicEdit body) {
        return catalogue.editTopic(actor.get(), id, body);
    }

    /** Publishes a new content version: the topic is due again for everyone who needs it. */
    @PostMapping("/topics/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    TopicVersion publish(@PathVariable UUID id, @Valid @RequestBody TrainingCatalogue.NewVersion body) {
        return catalogue.publishVersion(actor.get(), id, body);
    }

    /** The company's job functions and the topics each requires. */
    @GetMapping("/job-functions")
    List<JobFunction> functions() {
        return catalogue.functions(actor.get());
    }

    /** Creates or changes a job function and the topics it requires. */
    @PutMapping("/job-functions/{code}")
    JobFunction saveFunction(@PathVariable String code, @Valid @RequestBody FunctionBody body) {
        return catalogue.saveFunction(actor.get(), code, body.name(), body.topicIds());
    }

    /**
     * The company's training rules (when hires, refreshers, new versions and new job functions are due), reminder days
     * and compliance address.
     */
    @GetMapping("/settings")
    TrainingCatalogue.SettingsView settings() {
        return catalogue.settings(TrainingAccess.member(actor.get()));
    }

    /** Changes the company's training rules, reminder days and compliance address. */
    @PutMapping("/settings")
    TrainingCatalogue.SettingsView saveSettings(@Valid @RequestBody SettingsBody body) {
        return catalogue.saveSettings(actor.get(), body.rules(), body.reminderDaysBefore(), body.complianceEmail());
    }
}
