package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.services.Round;

/**
 * The newest round of a program reduced to "its id and status" ({@code none} without rounds). An open dashboard
 * keeps the one it was drawn with and asks every few seconds whether it still holds; when it does not (a round
 * started, or completed), the page's sections are drawn again.
 */
final class RoundWatch {

    private RoundWatch() {}

    static String of(List<Round> newestFirst) {
        return newestFirst.isEmpty()
                ? "none"
                : newestFirst.get(0).id() + ":" + newestFirst.get(0).status();
    }
}
