package org.peermentor.console.web;

import org.springframework.stereotype.Component;

/**
 * Ids for form fields, made from the JSON field names the forms use ({@code availability[0].end} →
 * {@code f-availability-0-end}), so a label, an error message and the error summary's link all point at one control.
 * The {@code f-} prefix keeps ids clear of names browsers treat specially ({@code name}).
 */
@Component("fields")
public class Fields {

    public String id(String field) {
        return "f-" + field.replaceAll("[\\[\\].]+", "-").replaceAll("-+$", "");
    }

    /** The {@code aria-describedby} of a control: its hint and its error, whichever it has; null when none. */
    public String describedBy(String field, boolean hint, boolean error) {
        String id = id(field);
        String ids = ((hint ? id + "-hint " : "") + (error ? id + "-error" : "")).trim();
        return ids.isEmpty() ? null : ids;
    }
}
