package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.matching.support.Scene.Part;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The page a mentor opens from the email, seen as the mentor's phone sees it: Bo (grief, free Tuesdays 18:00–20:00
 * in Chicago) is proposed to a mentor, who reads the request in words, in the console's look, answers, and is
 * thanked. Opening the page changes nothing; the page gives the browser no way to leak its token.
 */
class MentorResponsePageTest extends RunningMatching {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void theMentorReadsTheRequestInWordsWithTheLinksExpiryOnTheirOwnClock() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        String expires = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                .format(approvedEvent(scene.approvedId).responseTokenExpiresAt().atZone(ZoneId.of("America/Chicago")));

        String page = pageOf(open(scene).expectStatus().isOk());

        assertThat(page)
                .contains("<h1>Will you mentor Bo?</h1>")
                .contains("What you share</dt><dd>grief</dd>")
                .contains("<li>Tuesday 18:00–20:00</li>")
                .contains("This link works until " + expires + " at ")
                .contains("America/Chicago time")
                .contains(">Accept: I will mentor Bo</button>", ">Decline: not this time</button>")
                .doesNotContain("TUESDAY", "GRIEF");
        assertPairing(scene.approvedId, PairingStatus.APPROVED, 1);
    }

    @Test
    void thePageWearsTheConsolesLookAndFitsAPhone() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));

        String page = pageOf(open(scene));

        assertThat(page)
                .contains("<html lang=\"en\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<link rel=\"stylesheet\" href=\"/theme/console.css\">")
                .contains("<main class=\"narrow\">", "class=\"panel\"", "class=\"actions\"", "<dl class=\"facts\">");
        assertThat(page.split("<h1", -1)).hasSize(2);
        mentor().get()
                .uri("/theme/console.css")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.valueOf("text/css"))
                .expectBody(String.class)
                .value(css -> assertThat(css).contains("main.narrow", "dl.facts"));
    }

    @Test
    void thePageShowsNothingBeyondWhatTheEmailSaid() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        String participantId = pairing(scene.approvedId).participantId();

        String page = pageOf(open(scene));

        assertThat(page).doesNotContain("Lastname", "@example.org", participantId, "Bo-mentor", "explanation");
    }

    @Test
    void everyPageForbidsScriptsFramesAndReferrers() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));

        String page = pageOf(expectLockedDown(open(scene).expectStatus().isOk()));
        expectLockedDown(mentor().get()
                .uri("/api/pairings/{id}/response?token={t}", scene.approvedId, "altered")
                .exchange()
                .expectStatus()
                .isForbidden());
        expectLockedDown(browserAnswer(scene, "accept").expectStatus().isOk());

        assertThat(page).doesNotContain("<script", "style=", "<style");
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                // accepting thanks the mentor and says who will be told
                Arguments.of(
                        "accept",
                        PairingStatus.ACCEPTED,
                        List.of(
                                "<h1>Thank you</h1>",
                                "Thank you — you accepted. We are letting Bo know",
                                "<link rel=\"stylesheet\" href=\"/theme/console.css\">")),
                // declining is thanked kindly
                Arguments.of(
                        "decline",
                        PairingStatus.DECLINED,
                        List.of(
                                "<h1>Thank you for letting us know</h1>",
                                "You declined, and that is all right. The program will look for another mentor for Bo.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void eachAnswerIsThankedAndSetsThePairingsStatus(String answer, PairingStatus status, List<String> page) {
        Scene scene = scene(EnumSet.of(Part.APPROVED));

        String shown = pageOf(browserAnswer(scene, answer).expectStatus().isOk());

        assertThat(shown).contains(page);
        assertThat(pairing(scene.approvedId).status()).isEqualTo(status);
    }

    @Test
    void aSpentLinkSaysWhatTheMentorCanDo() {
        Scene scene = scene(EnumSet.of(Part.APPROVED));
        browserAnswer(scene, "accept").expectStatus().isOk();

        String page = pageOf(open(scene).expectStatus().isForbidden());

        assertThat(page)
                .contains("<h1>Link not valid</h1>", "What you can do", "contact your program coordinator")
                .contains("<link rel=\"stylesheet\" href=\"/theme/console.css\">")
                .doesNotContain("<form");
    }

    private static WebTestClient.ResponseSpec expectLockedDown(WebTestClient.ResponseSpec response) {
        return response.expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .value(
                        "Content-Security-Policy",
                        csp -> assertThat(csp)
                                .contains("default-src 'none'", "style-src 'self'", "frame-ancestors 'none'")
                                .doesNotContain("unsafe-inline", "script-src"));
    }

    /** The HTML the answer carries. */
    private static String pageOf(WebTestClient.ResponseSpec answer) {
        return answer.expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec open(Scene scene) {
        return mentor().get()
                .uri("/api/pairings/{id}/response?token={t}", scene.approvedId, scene.approvedLink)
                .header("Accept", BROWSER_ACCEPT)
                .exchange();
    }

    /** What a browser sends when the mentor presses one of the page's buttons. */
    private WebTestClient.ResponseSpec browserAnswer(Scene scene, String answer) {
        return mentor().post()
                .uri("/api/pairings/{id}/{answer}?token={t}", scene.approvedId, answer, scene.approvedLink)
                .header("Accept", BROWSER_ACCEPT)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .exchange();
    }

    /** The mentor's browser: no bearer token. */
    private WebTestClient mentor() {
        return client(null);
    }
}
