package org.peermentor.localstack;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for a Spring Boot service in launcher tests: "ready" at once, or failing at once with "fail". */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        System.out.println("fake service starting with " + String.join(" ", args));
        if (args.length > 1 && args[1].equals("fail")) {
            System.out.println("boom: no database");
            System.exit(3);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", Integer.parseInt(args[0])), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
