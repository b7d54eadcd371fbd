package org.peermentor.console.people;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body intake expects, made from a form. Only what a browser cannot send as the API's type is checked
 * here (a year or a capacity that is not a number); every rule of the contract stays with intake, whose problem
 * details come back next to the fields.
 *
 * @param body     the request body, field names as in the contract
 * @param problems field name → message, for what could not even be put into the body
 */
record PersonRequest(Map<String, Object> body, Map<String, String> problems) {

    static PersonRequest of(PersonForm form, PeopleCollection kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        text(form, body, "programId");
        text(form, body, "firstName");
        text(form, body, "lastName");
        text(form, body, "email");
        text(form, body, "phone");
        number(form, body, problems, "birthYear", "Enter the year of birth as four digits, such as 1991.");
        text(form, body, "gender");
        body.put("languages", form.list("languages"));
        text(form, body, "timezone");
        text(form, body, "region");
        body.put("formats", form.list("formats"));
        body.put(
                "availability",
                form.slots().stream()
                        .map(slot -> slot(slot.day(), slot.start(), slot.end()))
                        .toList());
        if (kind.participants()) {
            text(form, body, "primaryIssue");
            body.put("issues", form.list("issues"));
            text(form, body, "mentorGenderPreference");
            text(form, body, "urgency");
        } else {
            body.put("livedExperience", form.list("livedExperience"));
            body.put("trainedFor", form.list("trainedFor"));
            number(
                    form,
                    body,
                    problems,
                    "capacity",
                    "Enter how many people they can mentor at once, as a number from 1 to 20.");
            body.put("active", form.checked("active"));
        }
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("dataProcessing", form.checked("consent.dataProcessing"));
        consent.put("contactByEmail", form.checked("consent.contactByEmail"));
        body.put("consent", consent);
        return new PersonRequest(body, problems);
    }

    private static void text(PersonForm form, Map<String, Object> body, String field) {
        String typed = form.value(field).trim();
        if (!typed.isEmpty()) {
            body.put(field, typed);
        }
    }

    private static void number(
            PersonForm form, Map<String, Object> body, Map<String, String> problems, String field, String message) {
        String typed = form.value(field).trim();
        if (typed.isEmpty()) {
            return;
        }
        try {
            body.put(field, Integer.parseInt(typed));
        } catch (NumberFormatException notANumber) {
            problems.put(field, message);
        }
    }

    private static Map<String, Object> slot(String day, String start, String end) {
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("day", blankToNull(day));
        slot.put("start", blankToNull(start));
        slot.put("end", blankToNull(end));
        return slot;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
