package org.peermentor.intake.profile;

import java.util.List;
import org.peermentor.contracts.Format;

/** The fields participants and mentors share, so one set of rules checks both. */
public interface PersonalDetails {

    String programId();

    String email();

    Integer birthYear();

    List<String> languages();

    String timezone();

    String region();

    List<Format> formats();

    List<SlotRequest> availability();

    ConsentRequest consent();
}
