package org.peermentor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What follows a match, over the whole system with second-long settings: the mentor who has not answered is reminded
 * once; once they accept, the first check-in reaches the mentor (English first) in English and the participant, who
 * speaks only Spanish, in Spanish, each with their own link; opening the participant's link changes nothing, answering through it moves the
 * pairing's health, the link then works no more, and the private note reaches the program's staff only when read.
 */
class AfterTheMatchTest extends WholeSystemStory {

    private static final String PROGRAM = "after-the-match";
    private static final Pattern RESPONSE_LINK =
            Pattern.compile("(http://localhost:\\d+/api/pairings/[0-9a-f-]+/response\\?token=[A-Za-z0-9_.=-]+)");
    private static final Pattern CHECK_IN_LINK =
            Pattern.compile("(http://localhost:\\d+/api/checkins/([A-Za-z0-9-]+)\\?token=([A-Za-z0-9_.=-]+))");
    private static final String MENTOR_EMAIL = "mentor.after@example.org";
    private static final String PARTICIPANT_EMAIL = "participante.after@example.org";
    private static final String NOTE = "We talk every week and it helps.";

    private final HttpClient browser = HttpClient.newHttpClient();

    record Pairing(String id, String status, String health, int checkInsSent) {}

    record CheckIn(int number, List<Answer> answers) {}

    record Answer(String role, String answer, boolean hasNote) {}

    record Note(String role, String note) {}

    @Override
    protected String folderPrefix() {
        return "e2e-after-";
    }

    @Test
    void aMentorIsRemindedOnceThenBothAreAskedHowItGoesEachInTheirLanguage() throws Exception {
        http.send(manager(), "PUT", matching("/api/programs/" + PROGRAM + "/settings"), """
                {"reminderAfter": "PT2S", "checkIns": {"firstAfter": "PT3S", "every": "P1D"}}""", 200);
        String pairingId = aProposalApproved();

        Mailbox.Message reminder =
                inbox.awaitMailTo(MENTOR_EMAIL, "A reminder: a new mentee is waiting for your answer");
        Matcher link = RESPONSE_LINK.matcher(reminder.text());
        assertThat(link.find()).as("the reminder carries the request's link").isTrue();
        http.send(null, "POST", link.group(1).replace("/response?", "/accept?"), "", 200);

        Mailbox.Message mentorCheckIn = inbox.awaitMailTo(MENTOR_EMAIL, "How is your mentoring going?");
        Mailbox.Message participantCheckIn = inbox.awaitMailTo(PARTICIPANT_EMAIL, "¿Qué tal con tu mentor o mentora?");
        assertThat(inbox.subjectsTo(MENTOR_EMAIL))
                .as("one request, one reminder, one check-in")
                .containsExactlyInAnyOrder(
                        "A new mentee would like to meet you",
                        "A reminder: a new mentee is waiting for your answer",
                        "How is your mentoring going?");
        Matcher mentorLink = CHECK_IN_LINK.matcher(mentorCheckIn.text());
        Matcher participantLink = CHECK_IN_LINK.matcher(participantCheckIn.text());
        assertThat(mentorLink.find() && participantLink.find()).isTrue();
        assertThat(participantLink.group(2)).isEqualTo(mentorLink.group(2));
        assertThat(participantLink.group(3)).as("each has a link of their own").isNotEqualTo(mentorLink.group(3));
        assertThat(pairing(pairingId).health()).isEqualTo("TOO_EARLY");

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(participantLink.group(1)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(pairing(pairingId).health())
                .as("opening the link changes nothing")
                .isEqualTo("TOO_EARLY");

        String answer = participantLink.group(1).replace("?token=", "/answer?token=");
        assertThat(answer(answer, "answer=GOING_WELL&note=" + NOTE.replace(" ", "+"))
                        .statusCode())
                .isEqualTo(200);

        assertThat(pairing(pairingId).health()).isEqualTo("ON_TRACK");
        assertThat(answer(answer, "answer=NOT_A_FIT").statusCode())
                .as("the link works once")
                .isEqualTo(403);
        List<CheckIn> checkIns =
                http.getList(manager(), matching("/api/pairings/" + pairingId + "/check-ins"), CheckIn.class);
        assertThat(checkIns)
                .singleElement()
                .satisfies(first ->
                        assertThat(first.answers()).containsExactly(new Answer("PARTICIPANT", "GOING_WELL", true)));
        assertThat(http.send(manager(), "GET", matching("/api/pairings/" + pairingId), "", 200))
                .as("the note is not part of the pairing")
                .doesNotContain(NOTE);
        assertThat(http.getList(manager(), matching("/api/pairings/" + pairingId + "/check-ins/1/notes"), Note.class))
                .containsExactly(new Note("PARTICIPANT", NOTE));
    }

    private String aProposalApproved() throws Exception {
        http.create(
                desk(),
                intake("/api/mentors"),
                Registrations.person(PROGRAM, "Marta", MENTOR_EMAIL, """
                "livedExperience": ["GRIEF"], "trainedFor": [], "capacity": 1""", "en", "es"),
                201);
        http.create(
                desk(),
                intake("/api/participants"),
                Registrations.person(PROGRAM, "Lucía", PARTICIPANT_EMAIL, """
                "primaryIssue": "GRIEF", "issues": ["GRIEF"], "mentorGenderPreference": "ANY\"""", "es"),
                201);
        await().atMost(Duration.ofSeconds(90))
                .until(
                        () -> http.get(manager(), matching("/api/programs/" + PROGRAM + "/report"), Supply.class),
                        report -> report.waiting() == 1 && report.freeMentorPlaces() == 1);
        String roundId = http.create(manager(), matching("/api/programs/" + PROGRAM + "/rounds"), "{}", 202);
        await().atMost(Duration.ofSeconds(90))
                .until(
                        () -> http.get(manager(), matching("/api/rounds/" + roundId), Round.class)
                                .status(),
                        "COMPLETED"::equals);
        String pairingId = http.getList(
                        manager(), matching("/api/pairings?programId=" + PROGRAM + "&status=PROPOSED"), Pairing.class)
                .get(0)
                .id();
        http.send(manager(), "POST", matching("/api/pairings/" + pairingId + "/approve"), "", 200);
        return pairingId;
    }

    record Round(String status) {}

    record Supply(int waiting, int freeMentorPlaces) {}

    private HttpResponse<String> answer(String uri, String form) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Pairing pairing(String id) throws IOException, InterruptedException {
        return http.get(manager(), matching("/api/pairings/" + id), Pairing.class);
    }
}
