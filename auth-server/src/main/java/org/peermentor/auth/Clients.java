package org.peermentor.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The clients of the clients file, by client id; read once at start. */
final class Clients {

    private final Map<String, ClientDefinition> byId;

    private Clients(Map<String, ClientDefinition> byId) {
        this.byId = byId;
    }

    /** Reads {@code [{"clientId","clientSecret","roles":[…],"programs":[…]}]}; a mistake fails the start, naming it. */
    static Clients read(Path file) {
        List<ClientDefinition> clients;
        try {
            clients = JsonMapper.builder().build().readValue(Files.readString(file), new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the clients file " + file.toAbsolutePath(), e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The clients file " + file.toAbsolutePath() + " is not valid: " + e.getMessage(), e);
        }
        Map<String, ClientDefinition> byId = new LinkedHashMap<>();
        for (ClientDefinition client : clients) {
            if (byId.put(client.clientId(), client) != null) {
                throw new IllegalArgumentException(
                        "The clients file " + file.toAbsolutePath() + " names " + client.clientId() + " twice");
            }
        }
        return new Clients(byId);
    }

    Collection<ClientDefinition> all() {
        return byId.values();
    }

    ClientDefinition get(String clientId) {
        return byId.get(clientId);
    }
}
