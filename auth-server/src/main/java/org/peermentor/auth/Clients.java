package org.peermentor.auth;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peermentor.auth.files.SecretsFile;
import tools.jackson.core.type.TypeReference;

/** The clients of the clients file, by client id; read once at start. */
final class Clients {

    private final Map<String, ClientDefinition> byId;

    private Clients(Map<String, ClientDefinition> byId) {
        this.byId = byId;
    }

    /** Reads {@code [{"clientId","clientSecret","roles":[…],"programs":[…]}]}; a mistake fails the start, naming it. */
    static Clients read(Path file) {
        SecretsFile source = new SecretsFile(file, "clients file", "clients");
        List<ClientDefinition> clients = source.readList(new TypeReference<>() {});
        Map<String, ClientDefinition> byId = new LinkedHashMap<>();
        for (ClientDefinition client : clients) {
            if (byId.put(client.clientId(), client) != null) {
                throw source.mistake("names " + client.clientId() + " twice");
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
