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
            return from(event, Role.PARTICIPANT, p.programId(), p.consent()).firstName(p.firstName()).email(p.email())
                    .timezone(p.timezone()).withdrawn(p.status() == ProfileStatus.WITHDRAWN).build();
        }
        if (event instanceof ParticipantWithdrawn withdrawn) {
            var p = withdrawn.profile();
            return from(event, Role.PARTICIPANT, p.programId(), p.consent()).firstName(p.firstName()).email(p.email())
                    .timezone(p.timezone()).withdrawn(true).build();
        }
        if (event instanceof MentorProfileChanged changed) {
            var m = changed.profile();
            return from(event, Role.MENTOR, m.programId(), m.consent()).firstName(m.firstName()).email(m.email())
                    .timezone(m.timezone()).withdrawn(m.status() == ProfileStatus.WITHDRAWN).build();
        }
        var m = ((MentorWithdrawn) event).profile();
        return from(event, Role.MENTOR, m.programId(), m.consent()).firstName(m.firstName()).email(m.email())
                .timezone(m.timezone()).withdrawn(true).build();
    }

    private static Builder from(ProfileEvent event, Role role, String programId, Consent consent) {
        return builder().id(event.profileId()).role(role).programId(programId).contactByEmail(emailAllowed(consent))
                .version(event.version());
    }

    private static boolean emailAllowed(Consent consent) {
        return consent != null && consent.contactByEmail();
    }

    /** An empty builder: every value unset (null, zero or false) until given. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact} by naming each value, instead of a 9-argument constructor call. */
    public static final class Builder {

        private String id;
        private Role role;
        private String programId;
        private String firstName;
        private String email;
        private String timezone;
        private boolean contactByEmail;
        private long version;
        private boolean withdrawn;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        public Builder programId(String programId) {
            this.programId = programId;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public Builder contactByEmail(boolean contactByEmail) {
            this.contactByEmail = contactByEmail;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder withdrawn(boolean withdrawn) {
            this.withdrawn = withdrawn;
            return this;
        }

        public Contact build() {
            return new Contact(id, role, programId, firstName, email, timezone, contactByEmail, version, withdrawn);
        }
    }
}
