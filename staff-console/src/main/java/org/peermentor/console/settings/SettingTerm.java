package org.peermentor.console.settings;

/** One field of the settings form: its JSON name, its label, and the explanation a manager reads under it. */
public record SettingTerm(String field, String label, String explanation) {

    /** The weight's name inside {@code weights} ({@code weights.sameRegion} → {@code sameRegion}). */
    public String weight() {
        return field.substring("weights.".length());
    }
}
