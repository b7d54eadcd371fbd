package org.peermentor.console.report;

/**
 * The engagement figures in words: a count as it is, a share as a percentage, a median as days, and "not enough
 * answers yet" for a share or median the service could not work out yet.
 */
final class FigureWords {

    static final String NOT_ENOUGH = "not enough answers yet";

    private FigureWords() {}

    /** 12 → "12", and "not known" for a count the service did not give. */
    static String count(Number count) {
        return count == null ? "not known" : String.valueOf(count);
    }

    /** 0.6666 → "67%". */
    static String share(Number share) {
        return share == null ? NOT_ENOUGH : Math.round(share.doubleValue() * 100) + "%";
    }

    /** 4.0 → "4 days", 1.0 → "1 day", 4.5 → "4.5 days". */
    static String days(Number days) {
        if (days == null) {
            return NOT_ENOUGH;
        }
        double tenths = Math.round(days.doubleValue() * 10) / 10.0;
        String number = tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.valueOf(tenths);
        return number + (tenths == 1 ? " day" : " days");
    }
}
