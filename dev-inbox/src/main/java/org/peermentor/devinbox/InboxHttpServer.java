package org.peermentor.devinbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The inbox over HTTP with the JDK's own server: a page for people, Mailpit's API for scripts. */
public final class InboxHttpServer {

    private final HttpServer server;
    private final ExecutorService executor;

    private InboxHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static InboxHttpServer start(Inbox inbox, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "inbox-http");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.createContext("/", new InboxHandler(inbox));
            server.start();
            return new InboxHttpServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the inbox on port " + port, e);
        }
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
