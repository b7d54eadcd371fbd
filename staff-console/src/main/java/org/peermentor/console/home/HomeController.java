package org.peermentor.console.home;

import java.util.List;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.Program;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/** {@code /}: what this person can do, and the programs they can see. */
@Controller
record HomeController(IntakeApi intake) {
    /** The start page still opens when intake is away: it says the programs could not be loaded. */
    @GetMapping("/")
    Mono<String> home(Model model) {
        return intake.programs()
                .doOnNext(programs -> model.addAttribute("programs", programs))
                .onErrorResume(ServiceFailure.class, away -> {
                    model.addAttribute("programs", List.<Program>of());
                    model.addAttribute("programsUnavailable", true);
                    return Mono.empty();
                })
                .thenReturn("home");
    }
}
