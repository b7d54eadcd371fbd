package org.peermentor.localstack;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.embedded.EmbeddedMongo;
import org.peermentor.localstack.auth.ClientCredentials;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.DemoUser;
import org.peermentor.localstack.auth.DemoUsers;

/**
 * The table printed once everything is up: the staff console and who can sign in to it first, then what runs where,
 * as in the contract's "Running it locally", and the issuer's clients for curl.
 */
@RecordBuilder
record Summary(
        Path dataDir,
        List<String> runningServices,
        List<ServiceSpec> services,
        EmbeddedKafkaBroker kafka,
        EmbeddedMongo mongo,
        EmbeddedMail mail,
        String issuer,
        DemoCredentials credentials,
        DemoUsers users,
        URI console) {

    void print(PrintStream out) {
        out.println();
        out.println("Peer-mentor matching runs on this machine. Ctrl-C stops everything.");
        out.println();
        printConsole(out);
        row(out, "what", "where");
        for (ServiceSpec spec : services) {
            row(
                    out,
                    spec.label(),
                    runningServices.contains(spec.label())
                            ? "http://localhost:" + spec.port() + "  (health, metrics: http://localhost:"
                                    + spec.managementPort() + "/actuator/health, /actuator/prometheus)"
                            : "not running (jar missing)");
        }
        row(
                out,
                "OAuth2 issuer",
                issuer + "  (POST /oauth2/token, grant_type=client_credentials; keys at /oauth2/jwks)");
        row(out, "Kafka", kafka.bootstrapServers());
        row(out, "MongoDB", mongo.connectionString() + "  (one database per service)");
        row(out, "SMTP", "localhost:" + mail.smtpPort());
        row(out, "inbox", mail.inboxUrl() + "  (Mailpit-style API under /api/v1/messages)");
        row(out, "data", dataDir.toString());
        row(out, "logs", dataDir.resolve("logs").toString());
        out.println();
        out.println("  Clients of the issuer (also in " + credentials.file() + "):");
        for (ClientCredentials client : credentials.clients()) {
            out.printf("    %-24s %-45s %s%n", client.clientId(), client.clientSecret(), client.describe());
        }
        ClientCredentials desk = credentials.client(DemoCredentials.INTAKE_DESK);
        out.println("  A token for /api/** calls (send it as -H \"Authorization: Bearer $TOKEN\"):");
        out.printf(
                "    TOKEN=$(curl -s -u %s:%s -d grant_type=client_credentials %s/oauth2/token | jq -r .access_token)%n",
                desk.clientId(), desk.clientSecret(), issuer);
        out.println();
    }

    private void printConsole(PrintStream out) {
        boolean asked = services.stream().anyMatch(spec -> spec.name().equals(Services.CONSOLE));
        String where = runningServices.contains(Services.CONSOLE)
                ? console.toString()
                : asked ? "not running (jar missing)" : "not started (--no-console)";
        out.println("  Staff console: " + where);
        out.println("  People who sign in to it (also in " + users.file() + "):");
        out.printf("    %-20s %-25s %-18s %s%n", "username", "password", "role", "programs");
        for (DemoUser person : users.people()) {
            out.printf(
                    "    %-20s %-25s %-18s %s%n",
                    person.username(),
                    person.password(),
                    String.join(" + ", person.roles()),
                    person.describePrograms());
        }
        out.println();
    }

    private static void row(PrintStream out, String what, String where) {
        out.printf("  %-22s %s%n", what, where);
    }
}
