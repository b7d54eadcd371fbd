package org.peermentor.matching.solver;

import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
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
    private Map<Mentor, Fit> fits;
    private List<Mentor> allowedMentors;

    @PlanningVariable(valueRangeProviderRefs = "allowedMentors", nullable = true)
    private Mentor mentor;

    @SuppressWarnings("unused") // for the solver's planning clone
    private Placement() {
    }

    /** {@code fits} holds every allowed mentor, in a fixed order. */
    Placement(String participantId, Urgency urgency, int waitingDays, Map<Mentor, Fit> fits) {
        this.participantId = participantId;
        this.urgency = urgency;
        this.waitingDays = waitingDays;
        this.fits = fits;
        this.allowedMentors = List.copyOf(fits.keySet());
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
        return fits.get(mentor);
    }

    Fit fitWith(Mentor candidate) {
        return fits.get(candidate);
    }

    @Override
    public String toString() {
        return participantId + "->" + mentor;
    }
}
