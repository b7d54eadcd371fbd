package org.peermentor.console.people;

import java.util.List;
import java.util.Optional;
import org.peermentor.console.services.AuditRecord;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * A person's page: their profile in words, their status (refreshed while the page is open, as pairing events move
 * it), their audit trail when the service lets this person read it, and the withdraw and erase confirmations.
 */
@Controller
@RequestMapping("/{kind:participants|mentors}/{id}")
record PersonPageController(IntakeApi intake) {
    @GetMapping
    Mono<String> show(
            @PathVariable String kind,
            @PathVariable String id,
            @RequestParam(required = false) String registered,
            @RequestParam(required = false) String saved,
            @RequestParam(required = false) String withdrawn,
            Model model) {
        PeopleCollection people = PeopleCollection.of(kind);
        return intake.person(people.collection(), id).zipWith(auditTrail(id)).map(found -> {
            model.addAttribute("kind", people);
            model.addAttribute("person", found.getT1());
            model.addAttribute("audit", found.getT2().orElse(null));
            model.addAttribute(
                    "notice",
                    registered != null
                            ? "registered"
                            : saved != null ? "saved" : withdrawn != null ? "withdrawn" : null);
            return "people/show";
        });
    }

    /** The status region alone, fetched every few seconds by the open page (htmx). */
    @GetMapping("/status")
    Mono<String> status(@PathVariable String kind, @PathVariable String id, Model model) {
        PeopleCollection people = PeopleCollection.of(kind);
        return intake.person(people.collection(), id).map(person -> {
            model.addAttribute("person", person);
            return "people/status :: status";
        });
    }

    @GetMapping("/withdraw")
    Mono<String> confirmWithdrawal(@PathVariable String kind, @PathVariable String id, Model model) {
        return confirmation(kind, id, "people/withdraw", model);
    }

    @PostMapping("/withdraw")
    Mono<String> withdraw(@PathVariable String kind, @PathVariable String id) {
        PeopleCollection people = PeopleCollection.of(kind);
        return intake.withdraw(people.collection(), id)
                .thenReturn("redirect:/" + people.collection() + "/" + id + "?withdrawn");
    }

    @GetMapping("/erase")
    Mono<String> confirmErasure(@PathVariable String kind, @PathVariable String id, Model model) {
        return confirmation(kind, id, "people/erase", model);
    }

    /** Back to the list of the person's program, which the confirmation form names (WebFlux reads form fields itself). */
    @PostMapping("/erase")
    Mono<String> erase(@PathVariable String kind, @PathVariable String id, ServerWebExchange exchange) {
        PeopleCollection people = PeopleCollection.of(kind);
        return exchange.getFormData().flatMap(form -> {
            Optional<String> programId = Optional.ofNullable(form.getFirst("programId"))
                    .filter(program -> program.matches("[a-z0-9-]{1,64}"));
            String list = UriComponentsBuilder.fromPath("/" + people.collection())
                    .queryParamIfPresent("programId", programId)
                    .queryParam("erased", "1")
                    .build()
                    .toUriString();
            return intake.erase(people.collection(), id).thenReturn("redirect:" + list);
        });
    }

    private Mono<String> confirmation(String kind, String id, String view, Model model) {
        PeopleCollection people = PeopleCollection.of(kind);
        return intake.person(people.collection(), id).map(person -> {
            model.addAttribute("kind", people);
            model.addAttribute("person", person);
            return view;
        });
    }

    /** Only some people may read the trail: for the others (403) the section is left out, not the page. */
    private Mono<Optional<List<AuditRecord>>> auditTrail(String id) {
        return intake.audit(id)
                .map(Optional::of)
                .onErrorResume(
                        ServiceFailure.class,
                        refused -> refused.status() == 403 || refused.status() == 404
                                ? Mono.just(Optional.empty())
                                : Mono.error(refused));
    }
}
