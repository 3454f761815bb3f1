package id.rantai.aeo.web;

import id.rantai.aeo.records.CrisisPlan;
import id.rantai.aeo.records.ReviewRecord;
import id.rantai.aeo.records.SecurityRecords;
import id.rantai.aeo.records.TradePartner;
import id.rantai.identity.CurrentActor;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A company's trade-partner register and its scheduled reviews. */
@RestController
@RequestMapping("/api/v1/aeo")
class SecurityRecordController {
    private final SecurityRecords records;
    private final CurrentActor actor;

    SecurityRecordController(SecurityRecords records, CurrentActor actor) {
        this.records = records;
        this.actor = actor;
    }

    record Interval(Integer intervalMonths) {}

    /** Records a trade partner and its security assessment. */
    @PostMapping("/trade-partners")
    @ResponseStatus(HttpStatus.CREATED)
    TradePartner addPartner(@Valid @RequestBody SecurityRecords.NewPartner body) {
        return records.addPartner(actor.get(), body);
    }

    /** The company's trade partners and their security assessments. */
    @GetMapping("/trade-partners")
    List<TradePartner> partners() {
        return records.partners(actor.get());
    }

    /** Records a crisis or business-continuity plan with its last test. */
    @PostMapping("/crisis-plans")
    @ResponseStatus(HttpStatus.CREATED)
    CrisisPlan addPlan(@Valid @RequestBody SecurityRecords.NewPlan body) {
        return records.addPlan(actor.get(), body);
    }

    /** The company's crisis and business-continuity plans. */
    @GetMapping("/crisis-plans")
    List<CrisisPlan> plans() {
        return records.plans(actor.get());
    }

    /** Records a periodic review (risk assessment, internal audit, management review) as done. */
    @PostMapping("/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewRecord addReview(@Valid @RequestBody SecurityRecords.NewReview body) {
        return records.addReview(actor.get(), body);
    }

    /** The company's periodic reviews of one kind, newest first. */
    @GetMapping("/reviews/{kind}")
    List<ReviewRecord> reviews(@PathVariable ReviewRecord.Kind kind) {
        return records.reviews(actor.get(), kind);
    }

    /** How often each kind of periodic review is due, and when each is next due. */
    @GetMapping("/review-schedules")
    List<SecurityRecords.Schedule> schedules() {
        return records.schedules(actor.get());
    }

    /** Sets how many months may pass between two reviews of one kind. */
    @PutMapping("/review-schedules/{kind}")
    SecurityRecords.Schedule setInterval(@PathVariable ReviewRecord.Kind kind, @Valid @RequestBody Interval body) {
        return records.setInterval(actor.get(), kind, body.intervalMonths());
    }
}
