package org.peermentor.console.pairings;

import java.util.regex.Pattern;

/**
 * Where a form sends the manager back to: a path of this console only. Anything else (another site, {@code //host},
 * a backslash trick) is ignored, so a crafted form cannot turn the console into an open redirect.
 */
final class ReturnTo {

    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.\\-]*(\\?[A-Za-z0-9_=&.\\-]*)?");

    private ReturnTo() {}

    static String orElse(String returnTo, String fallback) {
        return returnTo != null && LOCAL.matcher(returnTo).matches() ? returnTo : fallback;
    }
}
