package org.peermentor.console.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peermentor.console.services.Person;
import org.springframework.util.MultiValueMap;

/**
 * A registration or edit form exactly as typed, keyed by the API's JSON field names ({@code firstName},
 * {@code consent.dataProcessing}, {@code availability[0].day}), so a refused form comes back unchanged and a
 * service's field error ({@code availability[0].end}) lands on the control of the same name.
 */
public record PersonForm(Map<String, List<String>> values) {

    static final List<String> TEXT_FIELDS = List.of(
            "version",
            "programId",
            "firstName",
            "lastName",
            "email",
            "phone",
            "birthYear",
            "gender",
            "timezone",
            "region",
            "primaryIssue",
            "mentorGenderPreference",
            "urgency",
            "capacity",
            "active",
            "consent.dataProcessing",
            "consent.contactByEmail");
    static final List<String> LIST_FIELDS = List.of("languages", "formats", "issues", "livedExperience", "trainedFor");
    private static final Pattern SLOT_FIELD = Pattern.compile("availability\\[(\\d{1,3})]\\.(day|start|end)");

    public PersonForm {
        values = Map.copyOf(values);
    }

    /** Keeps the fields a form has (never {@code _csrf} or the buttons) and numbers the weekly slots 0, 1, 2, … */
    static PersonForm read(MultiValueMap<String, String> data) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        TEXT_FIELDS.forEach(field -> copy(data, field, values));
        LIST_FIELDS.forEach(field -> copy(data, field, values));
        Map<Integer, Map<String, String>> slots = new TreeMap<>();
        data.forEach((key, typed) -> {
            Matcher slot = SLOT_FIELD.matcher(key);
            if (slot.matches() && !typed.isEmpty()) {
                slots.computeIfAbsent(Integer.parseInt(slot.group(1)), index -> new LinkedHashMap<>())
                        .put(slot.group(2), typed.get(0));
            }
        });
        List<SlotForm> ordered = new ArrayList<>();
        slots.values()
                .forEach(slot ->
                        ordered.add(new SlotForm(ordered.size(), slot.get("day"), slot.get("start"), slot.get("end"))));
        return withSlots(values, ordered);
    }

    static PersonForm blank(PeopleCollection kind) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (kind.participants()) {
            values.put("mentorGenderPreference", List.of("ANY"));
            values.put("urgency", List.of("NORMAL"));
        } else {
            values.put("active", List.of("true"));
            values.put("capacity", List.of("2"));
        }
        return withSlots(values, List.of(new SlotForm(0, "", "", "")));
    }

    static PersonForm of(Person person) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, "version", person.version());
        put(values, "programId", person.programId());
        put(values, "firstName", person.firstName());
        put(values, "lastName", person.lastName());
        put(values, "email", person.email());
        put(values, "phone", person.phone());
        put(values, "birthYear", person.birthYear());
        put(values, "gender", person.gender());
        put(values, "timezone", person.timezone());
        put(values, "region", person.region());
        put(values, "primaryIssue", person.primaryIssue());
        put(values, "mentorGenderPreference", person.mentorGenderPreference());
        put(values, "urgency", person.urgency());
        put(values, "capacity", person.capacity());
        put(values, "active", person.active());
        put(values, "consent.dataProcessing", person.consent().dataProcessing());
        put(values, "consent.contactByEmail", person.consent().contactByEmail());
        values.put("languages", person.languages());
        values.put("formats", person.formats());
        values.put("issues", person.issues());
        values.put("livedExperience", person.livedExperience());
        values.put("trainedFor", person.trainedFor());
        List<SlotForm> slots = new ArrayList<>();
        person.availability()
                .forEach(slot -> slots.add(new SlotForm(slots.size(), slot.day(), slot.start(), slot.end())));
        return withSlots(values, slots);
    }

    public String value(String field) {
        List<String> typed = values.get(field);
        return typed == null || typed.isEmpty() || typed.get(0) == null ? "" : typed.get(0);
    }

    public List<String> list(String field) {
        return values.getOrDefault(field, List.of());
    }

    public boolean has(String field, String value) {
        return list(field).contains(value);
    }

    public boolean checked(String field) {
        return "true".equals(value(field)) || "on".equals(value(field));
    }

    public String version() {
        return value("version");
    }

    public List<SlotForm> slots() {
        List<SlotForm> slots = new ArrayList<>();
        for (int i = 0; values.containsKey(SlotForm.field(i, "day")); i++) {
            slots.add(new SlotForm(
                    i,
                    value(SlotForm.field(i, "day")),
                    value(SlotForm.field(i, "start")),
                    value(SlotForm.field(i, "end"))));
        }
        return slots;
    }

    PersonForm withSlotAdded() {
        List<SlotForm> slots = new ArrayList<>(slots());
        slots.add(new SlotForm(slots.size(), "", "", ""));
        return withSlots(new LinkedHashMap<>(values), slots);
    }

    PersonForm withSlotRemoved(int index) {
        List<SlotForm> slots = new ArrayList<>(slots());
        if (index >= 0 && index < slots.size()) {
            slots.remove(index);
        }
        return withSlots(new LinkedHashMap<>(values), renumber(slots));
    }

    /** A row left wholly empty (an "Add another time" not used) is not a slot; dropping it keeps the numbering true. */
    PersonForm withoutEmptySlots() {
        return withSlots(
                new LinkedHashMap<>(values),
                renumber(slots().stream().filter(slot -> !slot.empty()).toList()));
    }

    private static List<SlotForm> renumber(List<SlotForm> slots) {
        List<SlotForm> renumbered = new ArrayList<>();
        slots.forEach(slot -> renumbered.add(new SlotForm(renumbered.size(), slot.day(), slot.start(), slot.end())));
        return renumbered;
    }

    private static PersonForm withSlots(Map<String, List<String>> values, List<SlotForm> slots) {
        values.keySet().removeIf(key -> key.startsWith("availability["));
        for (SlotForm slot : slots) {
            values.put(SlotForm.field(slot.index(), "day"), List.of(nullToEmpty(slot.day())));
            values.put(SlotForm.field(slot.index(), "start"), List.of(nullToEmpty(slot.start())));
            values.put(SlotForm.field(slot.index(), "end"), List.of(nullToEmpty(slot.end())));
        }
        return new PersonForm(values);
    }

    private static void copy(MultiValueMap<String, String> data, String field, Map<String, List<String>> values) {
        List<String> typed = data.get(field);
        if (typed != null) {
            values.put(field, typed.stream().map(PersonForm::nullToEmpty).toList());
        }
    }

    private static void put(Map<String, List<String>> values, String field, Object value) {
        if (value != null) {
            values.put(field, List.of(String.valueOf(value)));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
