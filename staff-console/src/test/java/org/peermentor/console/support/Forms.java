package org.peermentor.console.support;

import org.springframework.util.LinkedMultiValueMap;

/** Forms as a browser sends them, written as their fields' names and values in turn. */
public final class Forms {

    private Forms() {}

    /** {@code form("reason", "Not a good fit", "rematch", "true")}; a name may come more than once, as a list's. */
    public static LinkedMultiValueMap<String, String> form(String... namesAndValues) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    /**
     * A longer form as a text block, one field a line: {@code name=value}, the value running to the end of the line; a
     * name may come more than once, as a list's.
     */
    public static LinkedMultiValueMap<String, String> fields(String lines) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        lines.lines().forEach(line -> {
            int equals = line.indexOf('=');
            form.add(line.substring(0, equals), line.substring(equals + 1));
        });
        return form;
    }
}
