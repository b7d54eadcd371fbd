package org.peermentor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

        String page = browser.get("/participants?programId=demo-recovery&status=WAITING&q=ana").getResponseBody();

        var asked = stub.last("GET", "/api/participants");
        assertThat(asked.queryParameter("programId")).isEqualTo("demo-recovery");
        assertThat(asked.queryParameter("status")).isEqualTo("WAITING");
        assertThat(asked.queryParameter("q")).isEqualTo("ana");
        assertThat(asked.queryParameter("page")).isEqualTo("0");
        assertThat(asked.queryParameter("size")).isEqualTo("26");
        assertThat(page).contains("href=\"/participants/p-0\">Person0 Silva</a>", "Person24 Silva")
                .doesNotContain("Person25");
        assertThat(page).contains("href=\"/participants?programId=demo-recovery&amp;status=WAITING&amp;q=ana&amp;page=1\"");
        assertThat(page).doesNotContain("Previous page");
        assertThat(page).contains("class=\"badge WAITING\">Waiting for a mentor</span>", "2 Nov 2026");
    }
}
