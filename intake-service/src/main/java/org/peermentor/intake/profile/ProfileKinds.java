package org.peermentor.intake.profile;

import java.time.Clock;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileChanged;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.service.outbox.OutboxRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The two kinds of profile intake keeps, and a store and a registrar for each. */
@Configuration(proxyBeanMethods = false)
public class ProfileKinds {

    public static final ProfileKind<ParticipantProfile> PARTICIPANTS = new ProfileKind<>(
            "participant",
            "participants",
            ParticipantProfile.class,
            ParticipantProfileChanged::new,
            ParticipantWithdrawn::new,
            Topics.PARTICIPANT_ERASED,
            Topics.PARTICIPANT_PROFILES);

    public static final ProfileKind<MentorProfile> MENTORS = new ProfileKind<>(
            "mentor",
            "mentors",
            MentorProfile.class,
            MentorProfileChanged::new,
            MentorWithdrawn::new,
            Topics.MENTOR_ERASED,
            Topics.MENTOR_PROFILES);

    @Bean
    ProfileKind<ParticipantProfile> participantKind() {
        return PARTICIPANTS;
    }

    @Bean
    ProfileKind<MentorProfile> mentorKind() {
        return MENTORS;
    }

    @Bean
    ProfileStore<ParticipantProfile> participantStore(ReactiveMongoTemplate mongo, OutboxRelay relay, Clock clock) {
        return new ProfileStore<>(PARTICIPANTS, mongo, relay, clock);
    }

    @Bean
    ProfileStore<MentorProfile> mentorStore(ReactiveMongoTemplate mongo, OutboxRelay relay, Clock clock) {
        return new ProfileStore<>(MENTORS, mongo, relay, clock);
    }

    @Bean
    Registrar<ParticipantProfile> participantRegistrar(
            ProfileStore<ParticipantProfile> participantStore, ProfileRules rules) {
        return new Registrar<>(participantStore, ParticipantFields.class, ProfileStatus.WAITING, rules);
    }

    @Bean
    Registrar<MentorProfile> mentorRegistrar(ProfileStore<MentorProfile> mentorStore, ProfileRules rules) {
        return new Registrar<>(mentorStore, MentorFields.class, ProfileStatus.ACTIVE, rules);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
