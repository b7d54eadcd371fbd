package org.peermentor.console.services;

/**
 * A service answered with an error, or did not answer at all (status 503). The message never carries the
 * service's body: problem details may quote what was typed.
 */
public class ServiceFailure extends RuntimeException {

    private final int status;
    private final Problem problem;

    public ServiceFailure(int status, Problem problem) {
        super("Service answered " + status);
        this.status = status;
        this.problem = problem;
    }

    public static ServiceFailure unavailable() {
        return new ServiceFailure(503, Problem.of(503, "The service did not answer."));
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }
}
