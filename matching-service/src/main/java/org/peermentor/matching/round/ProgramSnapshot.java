package org.peermentor.matching.round;

import java.util.List;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.settings.ProgramSettings;

/** What a round plans from: the program's participants, mentors, pairings and settings, read as it starts. */
record ProgramSnapshot(
        List<ParticipantProfile> participants,
        List<MentorProfile> mentors,
        List<StoredPairing> pairings,
        ProgramSettings settings) {}
