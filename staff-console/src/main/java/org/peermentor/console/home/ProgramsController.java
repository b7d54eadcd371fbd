package org.peermentor.console.home;

import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.MatchingApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/**
 * {@code /programs}: the programs this person can see. {@code /programs/{programId}} is the program's page for
 * program managers: its matching settings come from the matching service, which answers 403 to anyone else.
 */
@Controller
class ProgramsController {

    private final IntakeApi intake;
    private final MatchingApi matching;

    ProgramsController(IntakeApi intake, MatchingApi matching) {
        this.intake = intake;
        this.matching = matching;
    }

    @GetMapping("/programs")
    Mono<String> programs(Model model) {
        return intake.programs().map(programs -> {
            model.addAttribute("programs", programs);
            return "programs";
        });
    }

    @GetMapping("/programs/{programId}")
    Mono<String> program(@PathVariable String programId, Model model) {
        return intake.program(programId).zipWith(matching.settings(programId)).map(found -> {
            model.addAttribute("program", found.getT1());
            model.addAttribute("settings", found.getT2());
            return "program";
        });
    }
}
