package org.peermentor.console.people;

/** One weekly slot row of the form, numbered from 0 like the API's {@code availability[i]}. */
public record SlotForm(int index, String day, String start, String end) {

    static String field(int index, String part) {
        return "availability[" + index + "]." + part;
    }

    public String name(String part) {
        return field(index, part);
    }

    boolean empty() {
        return (day == null || day.isBlank()) && (start == null || start.isBlank()) && (end == null || end.isBlank());
    }
}
