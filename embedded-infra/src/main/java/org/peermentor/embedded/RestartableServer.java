package org.peermentor.embedded;

/**
 * A server in this JVM that can be stopped and started again on the same port with the same data, which is what
 * fault tests need. Starting a running server, or stopping a stopped one, does nothing.
 *
 * @param <S> what holds the server while it runs
 */
public abstract class RestartableServer<S> implements AutoCloseable {

    private final int port;
    private S running;

    protected RestartableServer(int port) {
        this.port = port;
    }

    /** The port it answers on, the same after every restart. */
    public final int port() {
        return port;
    }

    public final synchronized void start() {
        if (running == null) {
            running = open();
        }
    }

    public final synchronized void stop() {
        if (running != null) {
            shut(running);
            running = null;
        }
    }

    public final synchronized boolean isRunning() {
        return running != null;
    }

    @Override
    public final void close() {
        stop();
    }

    /** Starts the stopped server; what it answers is kept until {@link #shut}. */
    protected abstract S open();

    /** Stops the running server that {@link #open} gave. */
    protected abstract void shut(S server);
}
