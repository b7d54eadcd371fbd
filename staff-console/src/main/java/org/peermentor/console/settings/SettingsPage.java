package org.peermentor.console.settings;

import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.Round;
import org.peermentor.console.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The matching settings page of a program: the form with its errors, the words that explain each setting, and a
 * dry run beside the last real round when there is one to show.
 */
@Component
record SettingsPage(IntakeApi intake) {
    /** The dry run, and once it has finished, its comparison with the last real round. */
    static void showDryRun(Round round, Model model) {
        model.addAttribute("dryRun", round);
        if (!round.solving() && !round.failed()) {
            model.addAttribute("comparison", DryRunComparison.of(round));
        }
    }

    /** The form comes back as typed with its problems, answered with {@code status}. */
    Mono<String> refused(
            String programId,
            SettingsForm form,
            FormErrors errors,
            HttpStatus status,
            ServerWebExchange exchange,
            Model model) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("saved", false);
        return render(programId, form, errors, model);
    }

    /** The page with this form and these errors, every setting explained under its field. */
    Mono<String> render(String programId, SettingsForm form, FormErrors errors, Model model) {
        return intake.program(programId).map(program -> {
            model.addAttribute("program", program);
            model.addAttribute("programId", programId);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("settingTerms", SettingTerms.SETTINGS);
            model.addAttribute("followUpTerms", SettingTerms.FOLLOW_UP);
            model.addAttribute("rematchTerm", SettingTerms.REMATCH);
            model.addAttribute("weightTerms", SettingTerms.WEIGHTS);
            return "settings/settings";
        });
    }
}
