package org.peermentor.console.pairings;

import java.util.List;
import java.util.Optional;
import org.peermentor.console.services.FieldProblem;
import org.peermentor.console.services.ServiceFailure;

/** What the matching service said when it refused a decision, in words: a sentence, and a line per problem listed. */
final class RefusalWords {

    private RefusalWords() {}

    static String said(ServiceFailure refused) {
        return switch (refused.status()) {
            case 400 -> "something is missing.";
            case 404 -> "this pairing does not exist or is outside your programs.";
            case 422 -> "the pairing breaks the program's rules.";
            case 503 -> "the matching service did not answer. Nothing was changed; try again in a minute.";
            default -> Optional.ofNullable(refused.problem().detail()).orElse("the pairing cannot change now.");
        };
    }

    static List<String> lines(ServiceFailure refused) {
        return refused.problem().errors().stream().map(RefusalWords::line).toList();
    }

    /** "H3: They share no language…"; a bad form field as "reason: must not be blank". */
    static String line(FieldProblem problem) {
        return problem.field() == null ? problem.message() : problem.field() + ": " + problem.message();
    }
}
