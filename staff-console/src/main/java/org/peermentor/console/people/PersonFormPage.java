package org.peermentor.console.people;

import java.util.ArrayList;
import java.util.List;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.Person;
import org.peermentor.console.services.Program;
import org.peermentor.console.web.FormErrors;
import org.peermentor.console.web.FormOptions;
import org.peermentor.console.web.Words;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The registration and edit form page of a participant or a mentor: the form as typed, its errors, the choices
 * offered, the programs to pick from and where the form posts ({@code current} is null for a new registration).
 */
@Component
record PersonFormPage(IntakeApi intake, Words words) {
    /** The form page with these values and errors; the status is left to the caller. */
    Mono<String> render(PeopleCollection people, PersonForm form, Person current, FormErrors errors, Model model) {
        return intake.programs().map(programs -> {
            model.addAttribute("kind", people);
            model.addAttribute("form", form);
            model.addAttribute("person", current);
            model.addAttribute("errors", errors);
            model.addAttribute("options", FormOptions.of(words, form.list("languages")));
            model.addAttribute("programs", withCurrent(programs, form.value("programId")));
            model.addAttribute(
                    "action",
                    current == null
                            ? "/" + people.collection() + "/new"
                            : "/" + people.collection() + "/" + current.id() + "/edit");
            return "people/form";
        });
    }

    /** The form comes back as typed with its problems, as a 400. */
    Mono<String> refused(
            PeopleCollection people,
            PersonForm form,
            Person current,
            FormErrors errors,
            ServerWebExchange exchange,
            Model model) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        return render(people, form, current, errors, model);
    }

    /** A record's own program stays in the picker even if the list of programs has not caught up with it. */
    private static List<Program> withCurrent(List<Program> programs, String programId) {
        if (programId.isBlank()
                || programs.stream().anyMatch(program -> program.id().equals(programId))) {
            return programs;
        }
        List<Program> all = new ArrayList<>(programs);
        all.add(new Program(programId, programId));
        return all;
    }
}
