package org.peermentor.console.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.Person;
import org.peermentor.console.services.ServiceFailure;
import org.peermentor.console.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Registering and editing a participant or a mentor. The form posts back to its own address; "Add another time"
 * and "Remove" are submit buttons too, so the weekly slots can be edited without JavaScript. A form intake refuses
 * comes back as typed with each problem next to its field; an edit that lost a race shows the newer version.
 */
@Controller
@RequestMapping("/{kind:participants|mentors}")
record PersonFormController(IntakeApi intake, PersonFormPage page) {
    private static final FormErrors NO_ERRORS = FormErrors.none(FieldLabels::of);

    @GetMapping("/new")
    Mono<String> blank(@PathVariable String kind, @RequestParam(required = false) String programId, Model model) {
        PeopleCollection people = PeopleCollection.of(kind);
        PersonForm form = PersonForm.blank(people);
        if (programId != null && !programId.isBlank()) {
            form = withProgram(form, programId);
        }
        return page.render(people, form, null, NO_ERRORS, model);
    }

    @PostMapping("/new")
    Mono<String> register(@PathVariable String kind, ServerWebExchange exchange, Model model) {
        PeopleCollection people = PeopleCollection.of(kind);
        return submitted(
                people,
                null,
                exchange,
                model,
                (form, request) -> intake.register(people.collection(), request.body())
                        .map(person -> "redirect:/" + people.collection() + "/" + person.id() + "?registered")
                        .onErrorResume(
                                ServiceFailure.class,
                                failure -> refusedBy(failure, people, form, null, exchange, model)));
    }

    @GetMapping("/{id}/edit")
    Mono<String> edit(@PathVariable String kind, @PathVariable String id, Model model) {
        PeopleCollection people = PeopleCollection.of(kind);
        return intake.person(people.collection(), id)
                .flatMap(person -> page.render(people, PersonForm.of(person), person, NO_ERRORS, model));
    }

    @PostMapping("/{id}/edit")
    Mono<String> save(@PathVariable String kind, @PathVariable String id, ServerWebExchange exchange, Model model) {
        PeopleCollection people = PeopleCollection.of(kind);
        return intake.person(people.collection(), id)
                .flatMap(current -> submitted(
                        people,
                        current,
                        exchange,
                        model,
                        (form, request) -> intake.update(people.collection(), id, form.version(), request.body())
                                .map(saved -> "redirect:/" + people.collection() + "/" + id + "?saved")
                                .onErrorResume(
                                        ServiceFailure.class,
                                        failure -> failure.status() == 412
                                                ? lostRace(people, id, form, exchange, model)
                                                : refusedBy(failure, people, form, current, exchange, model))));
    }

    /**
     * A posted form: a slot button re-renders it as typed with a row more or less; a year or capacity that is not a
     * number comes back at once; anything else goes to intake through {@code send}.
     */
    private Mono<String> submitted(
            PeopleCollection people,
            Person current,
            ServerWebExchange exchange,
            Model model,
            BiFunction<PersonForm, PersonRequest, Mono<String>> send) {
        return exchange.getFormData().flatMap(data -> {
            PersonForm typed = PersonForm.read(data);
            if (SlotButtons.pressed(data)) {
                return page.render(people, SlotButtons.applied(typed, data), current, NO_ERRORS, model);
            }
            PersonForm form = typed.withoutEmptySlots();
            PersonRequest request = PersonRequest.of(form, people);
            if (!request.problems().isEmpty()) {
                return page.refused(people, form, current, NO_ERRORS.of(request.problems()), exchange, model);
            }
            return send.apply(form, request);
        });
    }

    /** The record changed since the form was opened: show the newer version, and what this person had typed. */
    private Mono<String> lostRace(
            PeopleCollection people, String id, PersonForm typed, ServerWebExchange exchange, Model model) {
        return intake.person(people.collection(), id).flatMap(newer -> {
            PersonForm newerForm = PersonForm.of(newer);
            model.addAttribute("conflict", true);
            model.addAttribute("typedChanges", TypedChanges.between(typed, newerForm));
            exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
            return page.render(people, newerForm, newer, NO_ERRORS, model);
        });
    }

    private Mono<String> refusedBy(
            ServiceFailure failure,
            PeopleCollection people,
            PersonForm form,
            Person current,
            ServerWebExchange exchange,
            Model model) {
        return FormRefusal.errors(failure, NO_ERRORS)
                .map(errors -> page.refused(people, form, current, errors, exchange, model))
                .orElseGet(() -> Mono.error(failure));
    }

    private static PersonForm withProgram(PersonForm form, String programId) {
        Map<String, List<String>> values = new LinkedHashMap<>(form.values());
        values.put("programId", List.of(programId));
        return new PersonForm(values);
    }
}
