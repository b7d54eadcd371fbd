package org.peermentor.matching.pairing;

import java.util.List;

/**
 * What the page asking the mentor shows: no more than the email said (the participant's first name, the shared issue
 * in words, the times both have), and how long the link works.
 */
record MentorInvitation(
        String pairingId,
        String token,
        String firstName,
        String issue,
        List<String> times,
        String expires,
        String clock) {}
