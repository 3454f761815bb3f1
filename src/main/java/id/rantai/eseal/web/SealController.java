package id.rantai.eseal.web;

import id.rantai.eseal.SealStatus;
import id.rantai.eseal.seal.Seal;
import id.rantai.eseal.seal.SealInventory;
import id.rantai.eseal.seal.SealInventory.NewSeal;
import id.rantai.eseal.seal.SealInventory.SealWithSecret;
import id.rantai.identity.CurrentActor;
import id.rantai.shared.web.Paging;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A provider's seal inventory. The device secret appears in a response exactly once: when it is made. */
@RestController
@RequestMapping("/api/v1/seals")
class SealController {
    private final SealInventory inventory;
    private final CurrentActor actor;

    SealController(SealInventory inventory, CurrentActor actor) {
        this.inventory = inventory;
        this.actor = actor;
    }

    record RegisterSeal(
            @NotBlank @Size(max = 64) @Schema(example = "ES-0001")
            String serialNumber,

            @NotBlank @Size(max = 100) @Schema(example = "JT701")
            String model,

            @Size(max = 64) @Schema(example = "1.2.3") String firmware) {}

    record StatusChange(@NotNull SealStatus status) {}

    /** Registers a seal in the provider's inventory; the answer carries its device secret, shown this once. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SealWithSecret register(@Valid @RequestBody RegisterSeal body) {
        return inventory.register(actor.get(), new NewSeal(body.serialNumber(), body.model(), body.firmware()));
    }

    /** A page of the inventory by serial number, filtered by status (limit, offset, X-Total-Count, Link). */
    @GetMapping
    ResponseEntity<List<Seal>> list(
            @RequestParam(required = false) SealStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        return paging.answer(inventory.page(actor.get(), status, paging.limit(), paging.offset()), request);
    }

    /** One seal of the provider's inventory. */
    @GetMapping("/{id}")
    Seal get(@PathVariable UUID id) {
        return inventory.visible(actor.get(), id);
    }

    /** Moves a seal to another status (available, faulty, retired). */
    @PostMapping("/{id}/status")
    Seal changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange body) {
        return inventory.changeStatus(actor.get(), id, body.status());
    }

    /** Issues a new device secret for a seal; the old one stops working at once. */
    @PostMapping("/{id}/secret")
    SealWithSecret rotateSecret(@PathVariable UUID id) {
        return inventory.rotateSecret(actor.get(), id);
    }
}
