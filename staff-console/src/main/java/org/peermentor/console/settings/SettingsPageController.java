package org.peermentor.console.settings;

import java.util.Map;
import java.util.function.Function;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.Round;
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
 * {@code /programs/{programId}/settings}: the form, saving it for the next round, and "try these weights" — a dry
 * run whose page polls (htmx) until it completes and then shows it beside the last real round. The matching
 * service decides who may do this (403 for anyone but a program manager, 404 outside their programs).
 */
@Controller
@RequestMapping("/programs/{programId}/settings")
record SettingsPageController(MatchingApi matching, SettingsPage page) {
    private static final FormErrors NO_ERRORS = FormErrors.none(SettingTerms::label);

    @GetMapping
    Mono<String> settings(
            @PathVariable String programId,
            @RequestParam(required = false) String dryRun,
            ServerWebExchange exchange,
            Model model) {
        model.addAttribute("saved", exchange.getRequest().getQueryParams().containsKey("saved"));
        return matching.settings(programId)
                .flatMap(settings -> dryRun == null
                        ? page.render(programId, SettingsForm.of(settings), NO_ERRORS, model)
                        : dryRun(programId, dryRun).flatMap(round -> {
                            SettingsPage.showDryRun(round, model);
                            return page.render(
                                    programId,
                                    SettingsForm.of(settings).withWeights(round.weights()),
                                    NO_ERRORS,
                                    model);
                        }));
    }

    /** The dry run's part of the page alone, for the htmx poll while it is solving. */
    @GetMapping("/dry-runs/{roundId}")
    Mono<String> dryRunPart(@PathVariable String programId, @PathVariable String roundId, Model model) {
        return dryRun(programId, roundId).map(round -> {
            model.addAttribute("programId", programId);
            SettingsPage.showDryRun(round, model);
            return "settings/settings :: dryRun";
        });
    }

    @PostMapping
    Mono<String> save(@PathVariable String programId, ServerWebExchange exchange, Model model) {
        return submitted(
                programId,
                false,
                exchange,
                model,
                form -> matching.changeSettings(programId, form.changes())
                        .thenReturn("redirect:/programs/" + programId + "/settings?saved"));
    }

    @PostMapping("/try")
    Mono<String> tryWeights(@PathVariable String programId, ServerWebExchange exchange, Model model) {
        return submitted(
                programId,
                true,
                exchange,
                model,
                form -> matching.startDryRun(programId, form.weights())
                        .map(roundId -> "redirect:/programs/" + programId + "/settings?dryRun=" + roundId));
    }

    /**
     * A posted form: a number that is not a whole number comes back at once (for a dry run only the weights
     * count); anything else goes to matching through {@code send}, and what matching refuses comes back at its field.
     */
    private Mono<String> submitted(
            String programId,
            boolean weightsOnly,
            ServerWebExchange exchange,
            Model model,
            Function<SettingsForm, Mono<String>> send) {
        return exchange.getFormData().map(SettingsForm::read).flatMap(form -> {
            Map<String, String> problems = form.problems(weightsOnly);
            if (!problems.isEmpty()) {
                return page.refused(programId, form, NO_ERRORS.of(problems), HttpStatus.BAD_REQUEST, exchange, model);
            }
            return send.apply(form)
                    .onErrorResume(
                            ServiceFailure.class, failure -> refusedBy(failure, programId, form, exchange, model));
        });
    }

    /** A dry run of this program; a real round, or one of another program, is not found here. */
    private Mono<Round> dryRun(String programId, String roundId) {
        return matching.round(roundId)
                .filter(round -> round.dryRun() && programId.equals(round.programId()))
                .switchIfEmpty(Mono.error(() -> new ServiceFailure(404, null)));
    }

    private Mono<String> refusedBy(
            ServiceFailure failure, String programId, SettingsForm form, ServerWebExchange exchange, Model model) {
        return SettingsRefusal.of(failure, NO_ERRORS)
                .map(refusal -> page.refused(programId, form, refusal.errors(), refusal.status(), exchange, model))
                .orElseGet(() -> Mono.error(failure));
    }
}
