package org.peermentor.console.home;

import org.peermentor.console.services.IntakeApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/** {@code /programs}: the programs this person can see; each program's dashboard is in {@code programs}. */
@Controller
record ProgramsController(IntakeApi intake) {
    @GetMapping("/programs")
    Mono<String> programs(Model model) {
        return intake.programs().map(programs -> {
            model.addAttribute("programs", programs);
            return "programs";
        });
    }
}
