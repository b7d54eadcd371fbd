package org.peermentor.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileChanged;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.contracts.fixtures.Pairings;
import org.peermentor.contracts.fixtures.People;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.JsonNode;

/**
 * Approved pairings → emails accepted by the local SMTP server, against a running local stack: throughput, and the
 * delay from each event to the moment the SMTP server accepted its email.
 *
 * <ol>
 * <li>Sets the program's {@code settleTimeSeconds} to a day in the matching service, so no automatic round starts for
 *     it during the run (the matching service would plan every one of these participants: they have no pairing in its
 *     store).</li>
 * <li>Publishes a {@code ParticipantProfileChanged} and a {@code MentorProfileChanged} for every pair of the run on
 *     the profile topics, as intake would, so the notification service's contact directory knows both people, then
 *     waits until every consumer group reading those topics has caught up (so the measurement is not slowed by the
 *     profile replicas still being written).</li>
 * <li>Warm-up: {@code --warmup} {@code PairingApproved} events on {@code pairing-events}, until all their emails
 *     are in the inbox.</li>
 * <li>Measured: {@code --events} {@code PairingApproved} events, offered at {@code --rate} events/s ({@code 0}: as
 *     fast as the producer takes them), each one's send time recorded. Key = pairing id, CloudEvents headers as the
 *     services' outbox relay writes them.</li>
 * <li>Waits until the inbox ({@code GET /api/v1/messages}, Mailpit's shape) holds every email, then matches each
 *     message's {@code MessageID} ({@code eventId.mentor@…}) to its event: delay = the inbox's {@code Created} (it
 *     stores a message before the SMTP server acknowledges it) − the event's send time; throughput = emails / (last
 *     acceptance − first event sent).</li>
 * </ol>
 *
 * <pre>./mvnw -q -B -o -pl benchmarks exec:java -Dexec.mainClass=org.peermentor.benchmarks.NotificationBenchmark \
 *     -Dexec.args="--events 3000 --warmup 500 --rate 200"</pre>
 *
 * Options: {@code --kafka localhost:9092}, {@code --inbox http://localhost:8025}, {@code --matching
 * http://localhost:8082}, {@code --timeout 300} (seconds
 * without a new email before giving up), {@code --credentials} and {@code --issuer} for the program manager's bearer
 * token (see {@link DemoTokens}).
 */
public final class NotificationBenchmark {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final String program = "bench-notify-" + run;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String inbox;
    private final String matching;
    private final TokenClient manager;
    private final Duration timeout;
    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;

    private NotificationBenchmark(String kafka, String inbox, String matching, TokenClient manager, Duration timeout) {
        this.inbox = inbox;
        this.matching = matching;
        this.manager = manager;
        this.timeout = timeout;
        Properties producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProperties.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        this.producer = new KafkaProducer<>(producerProperties, new StringSerializer(), new ByteArraySerializer());
        Properties adminProperties = new Properties();
        adminProperties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        this.admin = Admin.create(adminProperties);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int events = options.integer("events", 3000);
        int warmup = options.integer("warmup", 500);
        double rate = Double.parseDouble(options.getOrDefault("rate", "200"));
        NotificationBenchmark benchmark = new NotificationBenchmark(
                options.kafka(),
                options.inbox(),
                options.matching(),
                DemoTokens.programManager(options),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "300"))));
        benchmark.run(events, warmup, rate);
        System.exit(0);
    }

    private void run(int events, int warmup, double rate) throws Exception {
        int pairs = warmup + events;
        quietProgram();
        System.out.printf("program %s: publishing %d participant and %d mentor profiles...%n", program, pairs, pairs);
        publishProfiles(pairs);
        awaitProfileConsumers();

        int before = inboxTotal();
        System.out.printf("warming up with %d approvals at %s...%n", warmup, rate > 0 ? rate + "/s" : "full speed");
        List<Sent> warm = approve(0, warmup, rate);
        awaitInbox(before + warmup);

        before = inboxTotal();
        System.out.printf("measuring %d approvals at %s...%n", events, rate > 0 ? rate + "/s" : "full speed");
        List<Sent> measured = approve(warmup, events, rate);
        long offered = measured.get(measured.size() - 1).millis - measured.get(0).millis;
        awaitInbox(before + events);
        report(measured, offered, rate);
        if (warm.isEmpty() && measured.isEmpty()) {
            throw new IllegalStateException("nothing sent");
        }
        producer.close();
        admin.close();
    }

    // ---- profiles ---------------------------------------------------------------------------------------------

    private void publishProfiles(int pairs) {
        Instant now = Instant.now();
        for (int i = 0; i < pairs; i++) {
            // the tests' people (any two fit), named for the run, in its program, sharing grief
            ParticipantProfile participant = People.participant()
                    .id(participantId(i))
                    .status(ProfileStatus.MATCHED)
                    .registeredAt(now)
                    .updatedAt(now)
                    .programId(program)
                    .firstName("Pia" + i)
                    .lastName("Bench")
                    .email("p" + i + "@" + run + ".example.org")
                    .timezone("Europe/Warsaw")
                    .region("north")
                    .primaryIssue("GRIEF")
                    .issues(List.of("GRIEF"))
                    .build();
            MentorProfile mentor = People.mentor()
                    .id(mentorId(i))
                    .registeredAt(now)
                    .updatedAt(now)
                    .programId(program)
                    .firstName("Marta" + i)
                    .lastName("Bench")
                    .email("m" + i + "@" + run + ".example.org")
                    .birthYear(1980)
                    .region("north")
                    .livedExperience(List.of("GRIEF"))
                    .build();
            send(new ParticipantProfileChanged(UUID.randomUUID().toString(), now, participant.id(), 1, participant));
            send(new MentorProfileChanged(UUID.randomUUID().toString(), now, mentor.id(), 1, mentor));
        }
        producer.flush();
    }

    /**
     * The matching service plans every participant without a pairing in ITS store, whatever their profile says, and
     * starts a round once arrivals settle; rounds of thousands of unmatchable people would compete for the CPU with
     * the notification service. The benchmark's program gets the longest settle time, so none starts.
     */
    private void quietProgram() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(matching + "/api/programs/" + program + "/settings"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", manager.authorization())
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"settleTimeSeconds\": 86400}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PUT settings answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Waits until every consumer group reading the profile topics has committed their end offsets. */
    private void awaitProfileConsumers() throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES)) {
            admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        Map<TopicPartition, OffsetSpec> latest =
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Long> lag = new HashMap<>();
            Collection<ConsumerGroupListing> groups =
                    admin.listConsumerGroups().all().get();
            for (ConsumerGroupListing group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get();
                long behind = 0;
                boolean reads = false;
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata offset = committed.get(partition);
                    if (offset != null) {
                        reads = true;
                        behind += Math.max(0, ends.get(partition) - offset.offset());
                    }
                }
                if (reads) {
                    lag.put(group.groupId(), behind);
                }
            }
            if (!lag.isEmpty() && lag.values().stream().allMatch(behind -> behind == 0)) {
                System.out.printf("profiles read by %s%n", lag.keySet());
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("profile consumers still behind: " + lag);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    // ---- approvals --------------------------------------------------------------------------------------------

    private record Sent(String eventId, long millis) {}

    private List<Sent> approve(int from, int count, double rate) {
        List<Sent> sent = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int k = 0; k < count; k++) {
            if (rate > 0) {
                long due = start + (long) (k * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            int i = from + k;
            Instant now = Instant.now();
            String eventId = UUID.randomUUID().toString();
            String pairingId = "bn-" + run + "-pairing-" + i;
            Pairing pairing = Pairings.pairing()
                    .id(pairingId)
                    .version(2)
                    .status(PairingStatus.APPROVED)
                    .programId(program)
                    .roundId("bn-" + run + "-round")
                    .participantId(participantId(i))
                    .mentorId(mentorId(i))
                    .sharedIssue("GRIEF")
                    .overlaps(List.of(Pairings.overlap(
                            Pairings.slot(DayOfWeek.TUESDAY, 18, 19), Pairings.slot(DayOfWeek.TUESDAY, 11, 12))))
                    .explanation(List.of(
                            "Has lived experience of loss and grief",
                            "Both speak English",
                            "They share 60 minutes a week",
                            "Can meet online"))
                    .participantStatus(ProfileStatus.PROPOSED)
                    .participantSequence(2)
                    .build();
            PairingApproved event =
                    new PairingApproved(eventId, now, pairingId, pairing, token(), now.plus(Duration.ofDays(14)));
            sent.add(new Sent(eventId, now.toEpochMilli()));
            send(event);
        }
        producer.flush();
        return sent;
    }

    private void send(ProfileEvent event) {
        publish(event.topic(), event.profileId(), event.type(), event.eventId(), event);
    }

    private void send(PairingEvent event) {
        publish(Topics.PAIRING_EVENTS, event.pairingId(), event.type(), event.eventId(), event);
    }

    private void publish(String topic, String key, String type, String eventId, Object event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.SOURCE, "/benchmarks/notification");
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.TIME, Instant.now().toString());
        header(headers, CloudEventHeaders.SUBJECT, key);
        header(headers, CloudEventHeaders.SCHEMA_VERSION, EventJson.SCHEMA_VERSION);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        producer.send(new ProducerRecord<>(topic, null, key, EventJson.write(event), headers), (metadata, failure) -> {
            if (failure != null) {
                System.err.println("send failed: " + failure);
            }
        });
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private String participantId(int i) {
        return "bn-" + run + "-p" + i;
    }

    private String mentorId(int i) {
        return "bn-" + run + "-m" + i;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---- the inbox --------------------------------------------------------------------------------------------

    private int inboxTotal() throws Exception {
        return get("/api/v1/messages?limit=1").path("total").asInt();
    }

    /** Waits until the inbox holds {@code total} messages; gives up after {@code --timeout} without a new one. */
    private void awaitInbox(int total) throws Exception {
        int seen = -1;
        long lastProgress = System.nanoTime();
        while (true) {
            int now = inboxTotal();
            if (now >= total) {
                return;
            }
            if (now != seen) {
                seen = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > timeout.toNanos()) {
                System.out.printf("gave up waiting: %d of %d messages in the inbox%n", now, total);
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(inbox + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return EventJson.mapper().readTree(response.body());
    }

    private void report(List<Sent> sent, long offeredMillis, double rate) throws Exception {
        Map<String, Long> created = new HashMap<>();
        int duplicates = 0;
        for (JsonNode message : get("/api/v1/messages?limit=0").path("messages")) {
            String messageId = message.path("MessageID").asString();
            if (messageId.startsWith("<") && messageId.endsWith(">")) {
                messageId = messageId.substring(1, messageId.length() - 1);
            }
            int dot = messageId.indexOf(".mentor@");
            if (dot > 0) {
                long at = Instant.parse(message.path("Created").asString()).toEpochMilli();
                if (created.put(messageId.substring(0, dot), at) != null) {
                    duplicates++;
                }
            }
        }
        long[] delays = new long[sent.size()];
        int found = 0;
        long firstSent = sent.get(0).millis;
        long lastAccepted = Long.MIN_VALUE;
        long firstAccepted = Long.MAX_VALUE;
        for (Sent event : sent) {
            Long at = created.get(event.eventId);
            if (at != null) {
                delays[found++] = at - event.millis;
                lastAccepted = Math.max(lastAccepted, at);
                firstAccepted = Math.min(firstAccepted, at);
            }
        }
        long[] sorted = Arrays.copyOf(delays, found);
        Arrays.sort(sorted);
        double seconds = (lastAccepted - firstSent) / 1000.0;
        System.out.printf(
                "%nevents offered: %d in %.2f s (%s)%n",
                sent.size(), offeredMillis / 1000.0, rate > 0 ? "target " + rate + "/s" : "full speed");
        System.out.printf(
                "emails accepted by SMTP: %d of %d (missing %d; Message-IDs seen twice in the inbox: %d)%n",
                found, sent.size(), sent.size() - found, duplicates);
        if (found == 0) {
            return;
        }
        System.out.printf(
                "throughput: %.1f emails/s (emails / (last acceptance − first event)); "
                        + "%.1f emails/s between the first and the last acceptance%n",
                found / seconds, found > 1 ? (found - 1) / ((lastAccepted - firstAccepted) / 1000.0) : Double.NaN);
        System.out.printf(
                "delay event → SMTP acceptance: p50 %d ms, p90 %d ms, p95 %d ms, p99 %d ms, max %d ms, "
                        + "min %d ms%n",
                Percentiles.of(sorted, 50),
                Percentiles.of(sorted, 90),
                Percentiles.of(sorted, 95),
                Percentiles.of(sorted, 99),
                sorted[sorted.length - 1],
                sorted[0]);
    }
}
