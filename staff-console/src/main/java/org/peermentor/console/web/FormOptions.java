package org.peermentor.console.web;

import java.util.List;

/**
 * The choices a registration form offers, handed to the form fragments as plain model values (Thymeleaf refuses
 * bean calls inside fragment parameters).
 */
public record FormOptions(
        List<Choice> languages,
        List<Choice> genders,
        List<Choice> issues,
        List<Choice> formats,
        List<Choice> preferences,
        List<Choice> urgencies,
        List<Choice> days) {

    public static FormOptions of(Words words, List<String> languagesHeld) {
        return new FormOptions(
                words.language.choicesWith(languagesHeld),
                words.gender.choices(),
                words.issue.choices(),
                words.format.choices(),
                words.preference.choices(),
                words.urgency.choices(),
                words.day.choices());
    }
}
