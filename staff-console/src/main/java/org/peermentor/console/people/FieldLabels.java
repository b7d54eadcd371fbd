package org.peermentor.console.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words for each form field, for the error summary and for the summary of what was typed. */
final class FieldLabels {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Pattern SLOT = Pattern.compile("availability\\[(\\d+)](?:\\.(day|start|end))?");

    static {
        LABELS.put("programId", "Program");
        LABELS.put("firstName", "First name");
        LABELS.put("lastName", "Last name");
        LABELS.put("email", "Email");
        LABELS.put("phone", "Phone");
        LABELS.put("birthYear", "Year of birth");
        LABELS.put("gender", "Gender");
        LABELS.put("languages", "Languages");
        LABELS.put("timezone", "Timezone");
        LABELS.put("region", "Region");
        LABELS.put("primaryIssue", "Main issue");
        LABELS.put("issues", "Other issues");
        LABELS.put("mentorGenderPreference", "Mentor's gender");
        LABELS.put("urgency", "Urgency");
        LABELS.put("livedExperience", "Lived experience");
        LABELS.put("trainedFor", "Trained to support");
        LABELS.put("capacity", "People at once");
        LABELS.put("active", "Taking new mentees");
        LABELS.put("formats", "How they can meet");
        LABELS.put("availability", "When they are free");
        LABELS.put("consent", "Consent");
        LABELS.put("consent.dataProcessing", "Consent to store their details");
        LABELS.put("consent.contactByEmail", "Consent to email");
    }

    private FieldLabels() {}

    static Map<String, String> all() {
        return LABELS;
    }

    static String of(String field) {
        String label = LABELS.get(field);
        if (label != null) {
            return label;
        }
        Matcher slot = SLOT.matcher(field);
        if (slot.matches()) {
            String part = slot.group(2) == null
                    ? ""
                    : ", "
                            + switch (slot.group(2)) {
                                case "day" -> "day";
                                case "start" -> "from";
                                default -> "until";
                            };
            return "Time " + (Integer.parseInt(slot.group(1)) + 1) + part;
        }
        return field;
    }
}
