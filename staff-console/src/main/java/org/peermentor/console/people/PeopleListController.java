package org.peermentor.console.people;

import java.util.List;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.PeopleQuery;
import org.peermentor.console.services.Person;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The lists of participants and mentors: a program, a status and a name to filter by, 25 a page. The service is
 * asked for one more than a page, so "Next" appears only when there is a next page. A name is personal data, so it
 * never goes in an address: the filter form is posted, the name kept in the person's session, and the list's
 * addresses say only {@code search=1} (take the name searched for) — a list opened without it forgets the name.
 */
@Controller
record PeopleListController(IntakeApi intake) {
    static final int PAGE_SIZE = 25;

    @PostMapping("/{kind:participants|mentors}")
    Mono<String> search(@PathVariable String kind, SearchForm form, WebSession session) {
        PeopleCollection people = PeopleCollection.of(kind);
        PeopleQuery query = new PeopleQuery(form.programId(), form.status(), form.q(), 0, PAGE_SIZE + 1);
        if (query.q() == null) {
            session.getAttributes().remove(nameKey(people));
        } else {
            session.getAttributes().put(nameKey(people), query.q());
        }
        return Mono.just("redirect:" + ListPageLink.of(people, query, 0));
    }

    @GetMapping("/{kind:participants|mentors}")
    Mono<String> list(
            @PathVariable String kind,
            @RequestParam(required = false) String programId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String erased,
            WebSession session,
            Model model) {
        PeopleCollection people = PeopleCollection.of(kind);
        if (search == null) {
            session.getAttributes().remove(nameKey(people));
        }
        String q = session.getAttribute(nameKey(people));
        String knownStatus = status != null && people.statuses().contains(status) ? status : null;
        PeopleQuery query = new PeopleQuery(programId, knownStatus, q, Math.max(page, 0), PAGE_SIZE + 1);
        return intake.programs()
                .zipWith(intake.list(people.collection(), query))
                .map(found -> {
                    List<Person> rows = found.getT2();
                    model.addAttribute("kind", people);
                    model.addAttribute("programs", found.getT1());
                    model.addAttribute("query", query);
                    model.addAttribute("people", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
                    model.addAttribute(
                            "previousPage", query.page() > 0 ? ListPageLink.of(people, query, query.page() - 1) : null);
                    model.addAttribute(
                            "nextPage",
                            rows.size() > PAGE_SIZE ? ListPageLink.of(people, query, query.page() + 1) : null);
                    model.addAttribute("erased", erased != null);
                    return "people/list";
                });
    }

    private static String nameKey(PeopleCollection people) {
        return "nameSearch." + people.collection();
    }

    /** The filter form as posted. */
    record SearchForm(String programId, String status, String q) {}
}
