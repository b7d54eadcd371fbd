package org.peermentor.e2e;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A registration's JSON body, the same for the stories' participants and mentors but for what sets them apart. */
final class Registrations {

    private Registrations() {}

    /** A person of {@code program} who speaks {@code languages}, free Wednesday evenings, agreeing to email. */
    static String person(String program, String firstName, String email, String specific, String... languages) {
        return personWithContact(program, firstName, "Lastname", "+15550100", email, specific, languages);
    }

    /** The same with a last name and phone number of the caller's choice. */
    static String personWithContact(
            String program,
            String firstName,
            String lastName,
            String phone,
            String email,
            String specific,
            String... languages) {
        return """
                {"programId": "%s", "firstName": "%s", "lastName": "%s", "phone": "%s", "email": "%s", "birthYear": 1985,
                 "gender": "FEMALE", "languages": [%s], "timezone": "Europe/Warsaw", "formats": ["ONLINE"],
                 "availability": [{"day": "WEDNESDAY", "start": "18:00", "end": "20:00"}],
                 "consent": {"dataProcessing": true, "contactByEmail": true}, %s}""".formatted(
                        program,
                        firstName,
                        lastName,
                        phone,
                        email,
                        Arrays.stream(languages).map(code -> '"' + code + '"').collect(Collectors.joining(", ")),
                        specific);
    }
}
