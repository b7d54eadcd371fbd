package org.peermentor.faults;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The people the suite registers: in each program a fifth are mentors (three places each) and four fifths are
 * participants, and every participant fits every mentor of their program, so the matched count is known in advance:
 * all the mentors' places, or everyone when there are fewer participants than places.
 */
record Cohort(List<String> programs, int mentorsPerProgram, int participantsPerProgram) {

    static final int CAPACITY = 3;

    static Cohort of(int registrations, List<String> programs) {
        int perProgram = registrations / programs.size();
        int mentors = perProgram / 5;
        return new Cohort(List.copyOf(programs), mentors, perProgram - mentors);
    }

    int registrations() {
        return programs.size() * (mentorsPerProgram + participantsPerProgram);
    }

    /** Approved pairings the rounds must end with, in each program. */
    int matchedPerProgram() {
        return Math.min(participantsPerProgram, mentorsPerProgram * CAPACITY);
    }

    /** Everyone, mentors and participants interleaved and the programs taking turns, as intake desks would send them. */
    List<Registration> everyone() {
        List<Registration> all = new ArrayList<>();
        int mentors = 0;
        int participants = 0;
        while (mentors < mentorsPerProgram || participants < participantsPerProgram) {
            boolean mentorsTurn = participants >= participantsPerProgram
                    || mentors < mentorsPerProgram && (mentors + participants) % 5 == 0;
            for (String program : programs) {
                all.add(mentorsTurn ? mentor(program, mentors) : participant(program, participants));
            }
            if (mentorsTurn) {
                mentors++;
            } else {
                participants++;
            }
        }
        return all;
    }

    /** One registration: what is posted, where, and the key that makes a retry return the first answer. */
    record Registration(String path, String programId, String email, ObjectNode body, String idempotencyKey) {

        boolean isMentor() {
            return path.endsWith("mentors");
        }
    }

    private static Registration participant(String program, int i) {
        ObjectNode body = person(program, "Pat" + i, "participant-" + i);
        body.put("primaryIssue", "GRIEF");
        body.putArray("issues").add("GRIEF");
        return registration("/api/participants", program, body);
    }

    private static Registration mentor(String program, int i) {
        ObjectNode body = person(program, "Max" + i, "mentor-" + i);
        body.putArray("livedExperience").add("GRIEF");
        body.putArray("trainedFor");
        body.put("capacity", CAPACITY);
        return registration("/api/mentors", program, body);
    }

    private static ObjectNode person(String program, String firstName, String who) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("programId", program);
        body.put("firstName", firstName);
        body.put("lastName", "Faulty");
        body.put("email", who + "." + program + "@example.org");
        body.put("birthYear", 1985);
        body.put("gender", "UNDISCLOSED");
        body.putArray("languages").add("en");
        body.put("timezone", "Europe/Warsaw");
        body.putArray("formats").add("ONLINE");
        ObjectNode slot = body.putArray("availability").addObject();
        slot.put("day", "TUESDAY");
        slot.put("start", "18:00");
        slot.put("end", "20:00");
        ObjectNode consent = body.putObject("consent");
        consent.put("dataProcessing", true);
        consent.put("contactByEmail", true);
        return body;
    }

    private static Registration registration(String path, String program, ObjectNode body) {
        String email = body.get("email").asString();
        return new Registration(path, program, email, body, "fault-suite-" + email);
    }
}
