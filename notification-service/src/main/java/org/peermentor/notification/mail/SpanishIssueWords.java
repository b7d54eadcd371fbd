package org.peermentor.notification.mail;

import java.util.Map;
import org.peermentor.contracts.words.IssueWords;

/**
 * The built-in issues in Spanish, as a Spanish email names them ("quiere contar con tu apoyo en el duelo"). A
 * program's own issue, which only has the program's words, keeps those.
 */
final class SpanishIssueWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ALCOHOL_USE", "el consumo de alcohol"),
            Map.entry("OPIOID_USE", "el consumo de opioides"),
            Map.entry("STIMULANT_USE", "el consumo de estimulantes"),
            Map.entry("GAMBLING", "el juego"),
            Map.entry("DEPRESSION", "la depresión"),
            Map.entry("ANXIETY", "la ansiedad"),
            Map.entry("BIPOLAR", "el trastorno bipolar"),
            Map.entry("PTSD", "el estrés postraumático"),
            Map.entry("EATING_DISORDER", "los trastornos de la conducta alimentaria"),
            Map.entry("GRIEF", "el duelo"),
            Map.entry("CHRONIC_ILLNESS", "la enfermedad crónica"),
            Map.entry("CAREGIVING", "el cuidado de otra persona"));

    private SpanishIssueWords() {}

    static String of(String code, IssueWords programWords) {
        if (code == null || code.isBlank()) {
            return "una experiencia compartida";
        }
        return WORDS.getOrDefault(code, programWords.of(code));
    }
}
