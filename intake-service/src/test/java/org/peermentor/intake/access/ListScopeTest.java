package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Answers.listedIds;
import static org.peermentor.intake.support.Bodies.mentorIn;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TestIssuer;

/** A list asked for without {@code programId} holds only the caller's programs: none of another's people. */
class ListScopeTest extends RunningIntake {

    @ParameterizedTest
    @ValueSource(strings = {"participants", "mentors"})
    void aListWithoutAProgramHoldsOnlyTheCallersPrograms(String kind) {
        String mine = newProgram();
        String theirs = newProgram();
        String path = "/api/" + kind;
        String own = register(path, kind.equals("participants") ? participantIn(mine) : mentorIn(mine));
        String other = register(path, kind.equals("participants") ? participantIn(theirs) : mentorIn(theirs));

        for (String role : List.of("INTAKE", "PROGRAM_MANAGER")) {
            assertThat(listedIds(as(TestIssuer.token("limited", List.of(role), List.of(mine))), path))
                    .as(role)
                    .containsExactly(own)
                    .doesNotContain(other);
            assertThat(listedIds(as(TestIssuer.token("no-program", List.of(role), List.of())), path))
                    .as(role + " with no program")
                    .isEmpty();
        }
    }
}
