package org.peermentor.console.report;

/** A wait in hours as people say it: "Under an hour", "5 hours", "3 days", "6 weeks". */
final class WaitWords {

    private WaitWords() {}

    static String of(long hours) {
        if (hours < 1) {
            return "Under an hour";
        }
        if (hours < 48) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long days = hours / 24;
        if (days < 28) {
            return days + " days";
        }
        return days / 7 + " weeks";
    }
}
