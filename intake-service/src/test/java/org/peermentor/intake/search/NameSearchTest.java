package org.peermentor.intake.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.mentorIn;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.RunningIntake;
import tools.jackson.databind.node.ObjectNode;

/** Intake staff find a person by typing part of their name; what they type is text, never a pattern. */
class NameSearchTest extends RunningIntake {

    private String program;
    private String ana;
    private String mariana;
    private String piotr;
    private String odd;

    @BeforeEach
    void aProgramOfFourPeople() {
        program = newProgram();
        ana = register("/api/participants", named(participantIn(program), "Ana", "Silva"));
        mariana = register("/api/participants", named(participantIn(program), "Mariana", "Costa"));
        piotr = register("/api/participants", named(participantIn(program), "Piotr", "Nowak"));
        odd = register("/api/participants", named(participantIn(program), "Jo", "St.*r (x)"));
    }

    @Test
    void partOfAFirstOrLastNameFindsThePersonWhateverTheCase() {
        assertThat(search("participants", "ANA")).containsExactly(ana, mariana);
        assertThat(search("participants", "owa")).containsExactly(piotr);
        assertThat(search("participants", "  ana   silva "))
                .as("first and last")
                .containsExactly(ana);
        assertThat(search("participants", "silva ana")).containsExactly(ana);
        assertThat(search("participants", "nobody")).isEmpty();
    }

    @Test
    void patternCharactersAreMatchedAsText() {
        assertThat(search("participants", ".*")).containsExactly(odd);
        assertThat(search("participants", "(x)")).containsExactly(odd);
        assertThat(search("participants", "(")).containsExactly(odd);
        assertThat(search("participants", "[")).isEmpty();
        assertThat(search("participants", "\\E.*")).isEmpty();
    }

    @Test
    void searchKeepsTheStatusFilterAndPagesInAStableOrder() {
        http.delete()
                .uri("/api/participants/{id}", mariana)
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(search("participants", "ana&status=WAITING")).containsExactly(ana);
        assertThat(search("participants", "ana&status=WITHDRAWN")).containsExactly(mariana);
        assertThat(participantIds(program, "q=a&size=2&page=0")).containsExactly(ana, mariana);
        assertThat(participantIds(program, "q=a&size=2&page=1")).containsExactly(piotr);
    }

    @Test
    void mentorsAreSearchedAndFilteredByStatusToo() {
        String bea = register("/api/mentors", named(mentorIn(program), "Bea", "Nowak"));
        String cas = register("/api/mentors", named(mentorIn(program), "Cas", "Nowakowski"));
        http.delete().uri("/api/mentors/{id}", cas).exchange().expectStatus().isNoContent();

        assertThat(search("mentors", "nowak")).containsExactly(bea, cas);
        assertThat(search("mentors", "nowak&status=ACTIVE")).containsExactly(bea);
    }

    @Test
    void anOverlongSearchIsRefused() {
        http.get()
                .uri("/api/participants?q={q}", "a".repeat(101))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("q");
    }

    private List<String> search(String kind, String q) {
        return ids("/api/" + kind + "?programId=" + program + "&q=" + q);
    }

    private static ObjectNode named(ObjectNode body, String first, String last) {
        body.put("firstName", first);
        body.put("lastName", last);
        return body;
    }
}
