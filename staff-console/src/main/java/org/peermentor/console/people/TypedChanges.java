package org.peermentor.console.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * After an edit lost a race (412), the form shows the newer version; this lists what the person had typed that
 * differs from it, so they can make their change again without having to remember it.
 */
final class TypedChanges {

    private static final List<String> CHECKBOXES =
            List.of("active", "consent.dataProcessing", "consent.contactByEmail");

    private TypedChanges() {}

    static List<Change> between(PersonForm typed, PersonForm newer) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : FieldLabels.all().entrySet()) {
            String key = field.getKey();
            if (key.equals("availability")) {
                add(changes, field.getValue(), slots(typed), slots(newer));
            } else if (CHECKBOXES.contains(key)) {
                add(changes, field.getValue(), yesNo(typed.checked(key)), yesNo(newer.checked(key)));
            } else if (PersonForm.LIST_FIELDS.contains(key)) {
                add(changes, field.getValue(), String.join(", ", typed.list(key)), String.join(", ", newer.list(key)));
            } else if (typed.values().containsKey(key) || newer.values().containsKey(key)) {
                add(changes, field.getValue(), typed.value(key), newer.value(key));
            }
        }
        return changes;
    }

    private static void add(List<Change> changes, String label, String typed, String newer) {
        if (!typed.equals(newer)) {
            changes.add(new Change(label, typed.isEmpty() ? "(left empty)" : typed));
        }
    }

    private static String yesNo(boolean checked) {
        return checked ? "Yes" : "No";
    }

    private static String slots(PersonForm form) {
        return form.slots().stream()
                .map(slot -> slot.day() + " " + slot.start() + "-" + slot.end())
                .collect(Collectors.joining(", "));
    }

    /** A field and the value the person had typed into it. */
    record Change(String label, String typed) {}
}
