package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.TestIssuer;

/**
 * A client that keeps its connection open, as the staff console does, gets an answer to every request on it: after
 * requests sent back to back, some answered after a read of the store and some at once (a 400 needs no read), the
 * next request on the same connection is answered too. Reactor Netty 1.3.6 stopped reading such a connection.
 */
class KeepAliveTest extends RunningMatching {

    private static final String LOOKED_UP = "/api/audit?pairingId=no-such-pairing"; // 404 after a read
    private static final String REFUSED_AT_ONCE = "/api/audit"; // 400 before any read

    @Test
    void everyRequestOnAKeptConnectionIsAnswered() throws IOException {
        String token = TestIssuer.manager();
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(30_000); // a hang fails the test instead of stalling the build
            OutputStream out = socket.getOutputStream();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> answers = new ArrayList<>();

            send(out, get(LOOKED_UP, token) + get(REFUSED_AT_ONCE, token) + get(REFUSED_AT_ONCE, token));
            for (int i = 0; i < 3; i++) {
                answers.add(statusLine(in));
            }
            for (String path : List.of(LOOKED_UP, REFUSED_AT_ONCE, LOOKED_UP)) {
                send(out, get(path, token));
                answers.add(statusLine(in));
            }

            assertThat(answers)
                    .containsExactly(
                            "HTTP/1.1 404 Not Found",
                            "HTTP/1.1 400 Bad Request",
                            "HTTP/1.1 400 Bad Request",
                            "HTTP/1.1 404 Not Found",
                            "HTTP/1.1 400 Bad Request",
                            "HTTP/1.1 404 Not Found");
        }
    }

    private static String get(String path, String token) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    }

    private static void send(OutputStream out, String requests) throws IOException {
        out.write(requests.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one whole response (problem details carry a Content-Length) and answers its status line. */
    private static String statusLine(BufferedReader in) throws IOException {
        String status = in.readLine();
        int length = 0;
        for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(
                        header.substring("content-length:".length()).trim());
            }
        }
        for (int i = 0; i < length; i++) {
            in.read(); // problem details are ASCII: one char per byte
        }
        return status;
    }
}
