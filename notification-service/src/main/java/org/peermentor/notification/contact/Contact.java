package org.peermentor.notification.contact;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.MentorProfileEvent;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.Profile;
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
        Profile profile = event.profile();
        boolean withdrawal = event instanceof ParticipantWithdrawn || event instanceof MentorWithdrawn;
        return ContactBuilder.builder()
                .id(event.profileId())
                .role(event instanceof MentorProfileEvent ? Role.MENTOR : Role.PARTICIPANT)
                .programId(profile.programId())
                .contactByEmail(emailAllowed(profile.consent()))
                .version(event.version())
                .firstName(profile.firstName())
                .email(profile.email())
                .timezone(profile.timezone())
                .languages(profile.languages())
                .withdrawn(withdrawal || profile.status() == ProfileStatus.WITHDRAWN)
                .build();
    }

    private static boolean emailAllowed(Consent consent) {
        return consent != null && consent.contactByEmail();
    }
}
