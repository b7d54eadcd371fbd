package org.peermentor.matching.solver;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.peermentor.contracts.Urgency;

/**
 * One participant to place. The mentor may stay unassigned; it is chosen only among the mentors that pass H1–H7
 * for this participant and have a place left, worked out once per round, so no move ever visits a forbidden pair.
 */
@PlanningEntity
public class Placement {

    static final int WAITING_CAP_DAYS = 365;

    private String participantId;
    private Urgency urgency;
    private int waitingDays;
    private IntFunction<Fit> fitAt;
    private AllowedMentors allowedMentors;
    private Mentor fitFor; // the mentor whose fit was worked out last, and that fit: scoring asks again and again
    private Fit fit;

    @PlanningVariable(valueRangeProviderRefs = "allowedMentors", nullable = true)
    private Mentor mentor;

    @SuppressWarnings("unused") // for the solver's planning clone
    private Placement() {}

    /** {@code fits} holds every allowed mentor, in a fixed order. */
    Placement(String participantId, Urgency urgency, int waitingDays, Map<Mentor, Fit> fits) {
        this(
                participantId,
                urgency,
                waitingDays,
                new AllowedMentors(
                        fits.keySet().toArray(Mentor[]::new),
                        IntStream.range(0, fits.size()).toArray()),
                List.copyOf(fits.values())::get);
    }

    /**
     * {@code fitAt} works out how the allowed mentor at an index suits this participant when asked: a large round has
     * tens of millions of allowed pairs, and only the chosen ones need a {@link Fit} kept.
     */
    Placement(
            String participantId,
            Urgency urgency,
            int waitingDays,
            AllowedMentors allowedMentors,
            IntFunction<Fit> fitAt) {
        this.participantId = participantId;
        this.urgency = urgency;
        this.waitingDays = waitingDays;
        this.allowedMentors = allowedMentors;
        this.fitAt = fitAt;
    }

    public String getParticipantId() {
        return participantId;
    }

    public boolean isHighUrgency() {
        return urgency == Urgency.HIGH;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    /** Days waited by the round's reference time. */
    public int getWaitingDays() {
        return waitingDays;
    }

    /** Days waited that count for priority: up to a year, so one old registration cannot outweigh everyone. */
    public int getPriorityWaitingDays() {
        return Math.min(waitingDays, WAITING_CAP_DAYS);
    }

    @ValueRangeProvider(id = "allowedMentors")
    public List<Mentor> getAllowedMentors() {
        return allowedMentors;
    }

    public Mentor getMentor() {
        return mentor;
    }

    public void setMentor(Mentor mentor) {
        this.mentor = mentor;
    }

    /** How the assigned mentor suits this participant; only asked of an assigned placement. */
    public Fit getFit() {
        return fitWith(mentor);
    }

    Fit fitWith(Mentor candidate) {
        if (candidate != fitFor) {
            int index = allowedMentors.indexOf(candidate);
            fit = index < 0 ? null : fitAt.apply(index);
            fitFor = candidate;
        }
        return fit;
    }

    /** The index among the round's mentors of the allowed mentor at {@code index} of {@link #getAllowedMentors()}. */
    int mentorIndexAt(int index) {
        return allowedMentors.roundIndex(index);
    }

    /** How the allowed mentor at {@code index} of {@link #getAllowedMentors()} suits this participant. */
    Fit fitAt(int index) {
        return fitAt.apply(index);
    }

    @Override
    public String toString() {
        return participantId + "->" + mentor;
    }
}
