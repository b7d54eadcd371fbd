package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.console.support.Forms.form;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.console.support.Browser;
import org.peermentor.console.support.ConsoleTest;
import org.peermentor.console.support.PersonJson;
import org.peermentor.console.support.StubBackend.Person;

class PeopleListTest extends ConsoleTest {

    @BeforeEach
    void signedInAsIntakeStaff() {
        browser.signedInAs(Person.INTAKE);
    }

    @Test
    void aListAsksForOneMoreThanAPageAndOffersTheNextPageOnlyWhenThereIsOne() {
        PersonJson[] twentySix = new PersonJson[26];
        for (int i = 0; i < twentySix.length; i++) {
            twentySix[i] = PersonJson.participant().with("id", "p-" + i).with("firstName", "Person" + i);
        }
        stub.answer("GET", "/api/participants", 200, PersonJson.list(twentySix));

        var searched = browser.submit(
                "/participants", "/participants", form("programId", "demo-recovery", "status", "WAITING", "q", "ana"));
        assertThat(Browser.location(searched))
                .as("the name is kept out of the address")
                .isEqualTo("/participants?programId=demo-recovery&status=WAITING&search=1&page=0");
        String page = browser.get(Browser.location(searched)).getResponseBody();

        var asked = stub.last("GET", "/api/participants");
        assertThat(asked.queryParameter("programId")).isEqualTo("demo-recovery");
        assertThat(asked.queryParameter("status")).isEqualTo("WAITING");
        assertThat(asked.queryParameter("q")).isEqualTo("ana");
        assertThat(asked.queryParameter("page")).isEqualTo("0");
        assertThat(asked.queryParameter("size")).isEqualTo("26");
        assertThat(page)
                .contains("href=\"/participants/p-0\">Person0 Silva</a>", "Person24 Silva")
                .doesNotContain("Person25");
        assertThat(page)
                .contains("href=\"/participants?programId=demo-recovery&amp;status=WAITING&amp;search=1&amp;page=1\"");
        assertThat(page).doesNotContain("Previous page");
        assertThat(page).contains("class=\"badge WAITING\">Waiting for a mentor</span>", "2 Nov 2026");
    }

    @Test
    void aListOpenedAfreshForgetsTheNameSearchedFor() {
        stub.answer("GET", "/api/participants", 200, PersonJson.list());
        browser.submit("/participants", "/participants", form("programId", "demo-recovery", "q", "ana"));

        browser.get("/participants?programId=demo-recovery");

        assertThat(stub.last("GET", "/api/participants").queryParameter("q")).isNull();
    }
}
