package org.peermentor.console.settings;

import java.text.NumberFormat;
import java.util.Locale;

/** A quality term's total in words, as the dry run shows it beside the last round. */
final class Points {

    private Points() {}

    /** 1200 → "1,200 points", -40 → "minus 40 points" (taken away); null → "Not recorded" (a round from before totals). */
    static String of(Long total) {
        if (total == null) {
            return "Not recorded";
        }
        String number = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(Math.abs(total));
        String unit = Math.abs(total) == 1 ? " point" : " points";
        return total < 0 ? "minus " + number + unit : number + unit;
    }
}
