package org.peermentor.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.embedded.EmbeddedMail;

/**
 * One mentor email as the inbox holds it: the pairing its answer link names, its Message-ID and when the inbox
 * stored it. Both fault suites count these the same way, and check the same way that a copy sent twice is one email.
 */
record MentorEmail(String pairingId, String messageId, Instant stored) {

    private static final Pattern PAIRING_LINK = Pattern.compile("/api/pairings/([0-9a-f-]{36})/response\\?token=");

    /** Every mentor email in the inbox, copies included. */
    static List<MentorEmail> in(EmbeddedMail mail) {
        List<MentorEmail> emails = new ArrayList<>();
        for (InboxMessage message : mail.messages()) {
            Matcher link = PAIRING_LINK.matcher(message.text());
            if (link.find()) {
                emails.add(new MentorEmail(link.group(1), message.messageId(), message.created()));
            }
        }
        return emails;
    }

    /** The mentor emails in the inbox, copies included, by the pairing they are about. */
    static Map<String, List<MentorEmail>> perPairing(EmbeddedMail mail) {
        return in(mail).stream().collect(Collectors.groupingBy(MentorEmail::pairingId));
    }

    /** The pairings whose mentor has an email. */
    static Set<String> pairingsIn(EmbeddedMail mail) {
        return in(mail).stream().map(MentorEmail::pairingId).collect(Collectors.toSet());
    }

    /** Every pairing's copies carry one Message-ID: copies of one email, never two emails. */
    static void assertOneMessageIdEach(Map<String, List<MentorEmail>> perPairing) {
        assertThat(perPairing.values())
                .allSatisfy(copies -> assertThat(
                                copies.stream().map(MentorEmail::messageId).distinct())
                        .hasSize(1));
    }

    /** The copies straddle a cut from {@code from} to {@code to}: the first stored before it was over, the last after it began. */
    static void assertStraddle(List<MentorEmail> copies, Instant from, Instant to) {
        assertThat(copies.stream()
                        .map(MentorEmail::stored)
                        .min(Instant::compareTo)
                        .orElseThrow())
                .isBefore(to);
        assertThat(copies.stream()
                        .map(MentorEmail::stored)
                        .max(Instant::compareTo)
                        .orElseThrow())
                .isAfter(from);
    }
}
