package org.peermentor.notification.contact;

import org.peermentor.contracts.Consent;
import org.peermentor.contracts.MentorProfileChanged;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;

/** How to reach one person, at one profile version. Deliberately holds nothing about health. */
public record Contact(String id, Role role, String programId, String firstName, String email, String timezone,
                      boolean contactByEmail, long version, boolean withdrawn) {

    /** The contact a profile event describes; only the fields mail needs are copied out of the profile. */
    public static Contact of(ProfileEvent event) {
        if (event instanceof ParticipantProfileChanged changed) {
            var p = changed.profile();
            return new Contact(event.profileId(), Role.PARTICIPANT, p.programId(), p.firstName(), p.email(), p.timezone(),
                    emailAllowed(p.consent()), event.version(), p.status() == ProfileStatus.WITHDRAWN);
        }
        if (event instanceof ParticipantWithdrawn withdrawn) {
            var p = withdrawn.profile();
            return new Contact(event.profileId(), Role.PARTICIPANT, p.programId(), p.firstName(), p.email(), p.timezone(),
                    emailAllowed(p.consent()), event.version(), true);
        }
        if (event instanceof MentorProfileChanged changed) {
            var m = changed.profile();
            return new Contact(event.profileId(), Role.MENTOR, m.programId(), m.firstName(), m.email(), m.timezone(),
                    emailAllowed(m.consent()), event.version(), m.status() == ProfileStatus.WITHDRAWN);
        }
        var m = ((MentorWithdrawn) event).profile();
        return new Contact(event.profileId(), Role.MENTOR, m.programId(), m.firstName(), m.email(), m.timezone(),
                emailAllowed(m.consent()), event.version(), true);
    }

    private static boolean emailAllowed(Consent consent) {
        return consent != null && consent.contactByEmail();
    }
}
