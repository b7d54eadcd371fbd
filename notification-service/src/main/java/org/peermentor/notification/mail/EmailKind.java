package org.peermentor.notification.mail;

/**
 * Every email the service writes, each with its own template ({@code templates/mail/<template>.txt} and
 * {@code .html}, {@code <template>.es.*} in Spanish) and its own fixed subject per {@link MailLanguage}. What an
 * email may show comes from one {@link Draft}; the kind decides which of it the template uses.
 */
public enum EmailKind {
    /** Asks a mentor to accept or decline a new mentee. */
    MENTOR_REQUEST("mentor-request", true, true),
    /** Reminds a mentor, once, of a request not yet answered, with the same link. */
    MENTOR_REMINDER("mentor-reminder", true, true),
    /** Asks a mentor how the pairing is going, with their own check-in link. */
    MENTOR_CHECK_IN("mentor-check-in", true, true),
    /** Thanks a mentor when a pairing ends. */
    MENTOR_THANKS("mentor-thanks", true, true),
    /** Introduces the mentor who accepted to the participant. */
    MENTOR_INTRODUCTION("mentor-introduction", false, true),
    /** Asks a participant how the pairing is going, with their own check-in link. */
    PARTICIPANT_CHECK_IN("participant-check-in", false, false),
    /** Tells a participant, without blaming anyone, that they are back on the list and someone is being looked for. */
    BACK_ON_THE_LIST("back-on-the-list", false, false),
    /** Tells a participant, kindly, that their pairing has ended and no new one follows. */
    PAIRING_CLOSED("pairing-closed", false, false);

    private final String template;
    private final boolean toMentor;
    private final boolean namesPartner;

    EmailKind(String template, boolean toMentor, boolean namesPartner) {
        this.template = template;
        this.toMentor = toMentor;
        this.namesPartner = namesPartner;
    }

    /** The template's name without its language suffix. */
    String template() {
        return template;
    }

    /** Whether the recipient is the mentor, so the other person is their mentee (and the other way round). */
    boolean toMentor() {
        return toMentor;
    }

    /**
     * Whether the email names the other person, so it waits until their contact is known; one that does not (a
     * participant's check-in, or news that they are back on the list) goes even if the other person is gone.
     */
    public boolean namesPartner() {
        return namesPartner;
    }
}
