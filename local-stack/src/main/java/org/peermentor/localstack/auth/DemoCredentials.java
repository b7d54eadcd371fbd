package org.peermentor.localstack.auth;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo clients of the local issuer, in {@code DATA_DIR/demo-credentials.json}: made with random secrets at the
 * first start, found again at every later one (the issuer reads the same file). Clients added to the file by hand are
 * kept; a demo client missing from it is added with a new secret. The staff console's client keeps its secret, and
 * its redirect URIs follow the console's port.
 *
 * @param file where the credentials are kept
 * @param clients every client in the file, demo or added by hand
 */
public record DemoCredentials(Path file, List<ClientCredentials> clients) {

    public static final String FILE_NAME = "demo-credentials.json";
    /** Registers, reads, changes and withdraws participants and mentors, in every program. */
    public static final String INTAKE_DESK = "intake-desk";
    /** Runs rounds, reviews pairings, reads profiles and the delivery log, in every program. */
    public static final String PROGRAM_MANAGER = "program-manager";
    /** A program manager of {@code demo-recovery} only. */
    public static final String DEMO_RECOVERY_MANAGER = "demo-recovery-manager";
    /** The staff console, which people sign in through; it gets no tokens of its own. */
    public static final String STAFF_CONSOLE = "staff-console";

    private static final List<ClientCredentials> DEMO_CLIENTS = List.of(
            new ClientCredentials(INTAKE_DESK, null, List.of("INTAKE"), List.of()),
            new ClientCredentials(PROGRAM_MANAGER, null, List.of("PROGRAM_MANAGER"), List.of()),
            new ClientCredentials(DEMO_RECOVERY_MANAGER, null, List.of("PROGRAM_MANAGER"), List.of("demo-recovery")));
    private static final int SECRET_BYTES = 32; // 43 URL-safe characters
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    public DemoCredentials {
        clients = List.copyOf(clients);
    }

    /**
     * The data folder's credentials, written (readable by its owner only) when a demo client is not there yet, or
     * when the staff console at {@code console} (e.g. {@code http://localhost:8080}) moved to another port.
     */
    public static DemoCredentials loadOrCreate(Path dataDir, URI console) {
        Path file = dataDir.resolve(FILE_NAME);
        List<ClientCredentials> clients =
                new ArrayList<>(Files.exists(file) ? read(file).clients() : List.of());
        List<ClientCredentials> before = List.copyOf(clients);
        for (ClientCredentials demo : DEMO_CLIENTS) {
            if (clients.stream().noneMatch(c -> c.clientId().equals(demo.clientId()))) {
                clients.add(new ClientCredentials(demo.clientId(), newSecret(), demo.roles(), demo.programs()));
            }
        }
        consoleAt(clients, console);
        if (!clients.equals(before)) {
            OwnerOnlyFile.write(file, JSON.writeValueAsString(clients), "client credentials");
        }
        return new DemoCredentials(file, clients);
    }

    /** The console's client, added with a new secret, or with its old secret and the console's current address. */
    private static void consoleAt(List<ClientCredentials> clients, URI console) {
        String base = console.toString().replaceFirst("/$", "");
        int index = clients.stream().map(ClientCredentials::clientId).toList().indexOf(STAFF_CONSOLE);
        String secret = index < 0 ? newSecret() : clients.get(index).clientSecret();
        ClientCredentials current = new ClientCredentials(
                STAFF_CONSOLE,
                secret,
                List.of(),
                List.of(),
                List.of(base + "/login/oauth2/code/" + STAFF_CONSOLE),
                List.of(base + "/"));
        if (index < 0) {
            clients.add(current);
        } else {
            clients.set(index, current);
        }
    }

    /** Reads a credentials file, for example the one a running {@code ./run-local} wrote. */
    public static DemoCredentials read(Path file) {
        try {
            return new DemoCredentials(
                    file, JSON.readValue(OwnerOnlyFile.read(file, "client credentials"), new TypeReference<>() {}));
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "The client credentials in " + file + " are not valid JSON: " + e.getOriginalMessage()
                            + "; delete the file to make new ones",
                    e);
        }
    }

    public ClientCredentials client(String clientId) {
        return clients.stream()
                .filter(c -> c.clientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No client " + clientId + " in " + file));
    }

    private static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
