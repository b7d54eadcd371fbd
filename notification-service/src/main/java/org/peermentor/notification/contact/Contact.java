package org.peermentor.notification.contact;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.MentorProfileChanged;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;

/**
 * How to reach one person, at one profile version, and in which of their languages ({@code languages}, in the order
 * their profile gives them). Deliberately holds nothing about health.
 */
@RecordBuilder
public record Contact(
        String id,
        Role role,
        String programId,
        String firstName,
        String email,
        String timezone,
        boolean contactByEmail,
        long version,
        boolean withdrawn,
        List<String> languages) {

    /** No languages (a contact stored before they were kept) reads as none: emails are then in English. */
    public Contact {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** The contact a profile event describes; only the fields mail needs are copied out of the profile. */
    public static Contact of(ProfileEvent event) {
        if (event instanceof ParticipantProfileChanged changed) {
            var p = changed.profile();
            return from(event, Role.PARTICIPANT, p.programId(), p.consent())
                    .firstName(p.firstName())
                    .email(p.email())
                    .timezone(p.timezone())
                    .languages(p.languages())
                    .withdrawn(p.status() == ProfileStatus.WITHDRAWN)
                    .build();
        }
        if (event instanceof ParticipantWithdrawn withdrawn) {
            var p = withdrawn.profile();
            return from(event, Role.PARTICIPANT, p.programId(), p.consent())
                    .firstName(p.firstName())
                    .email(p.email())
                    .timezone(p.timezone())
                    .languages(p.languages())
                    .withdrawn(true)
                    .build();
        }
        if (event instanceof MentorProfileChanged changed) {
            var m = changed.profile();
            return from(event, Role.MENTOR, m.programId(), m.consent())
                    .firstName(m.firstName())
                    .email(m.email())
                    .timezone(m.timezone())
                    .languages(m.languages())
                    .withdrawn(m.status() == ProfileStatus.WITHDRAWN)
                    .build();
        }
        var m = ((MentorWithdrawn) event).profile();
        return from(event, Role.MENTOR, m.programId(), m.consent())
                .firstName(m.firstName())
                .email(m.email())
                .timezone(m.timezone())
                .languages(m.languages())
                .withdrawn(true)
                .build();
    }

    private static ContactBuilder from(ProfileEvent event, Role role, String programId, Consent consent) {
        return ContactBuilder.builder()
                .id(event.profileId())
                .role(role)
                .programId(programId)
                .contactByEmail(emailAllowed(consent))
                .version(event.version());
    }

    private static boolean emailAllowed(Consent consent) {
        return consent != null && consent.contactByEmail();
    }
}
