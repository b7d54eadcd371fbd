package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.program.RoundNudge;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.service.web.ProblemException;
import reactor.core.publisher.Mono;

/**
 * Accept and decline pressed at once with one link: both pass the link's check, one answer wins, and the other is
 * refused as a spent link (403), not as a conflict. The store is stubbed to replay that interleaving exactly.
 */
class LinkRaceTest {

    private final PairingStore store = mock(PairingStore.class);
    private final ResponseTokens tokens = mock(ResponseTokens.class);
    private final PairingService pairings = new PairingService(
            store,
            mock(ProfileReplica.class),
            tokens,
            mock(RoundNudge.class),
            mock(SettingsStore.class),
            mock(MatchingProperties.class),
            Clock.systemUTC());

    @Test
    void theAnswerThatFindsThePairingAnsweredAlreadyIsRefusedAsASpentLink() {
        StoredPairing approved = stored(PairingStatus.APPROVED, "nonce-1");
        StoredPairing acceptedMeanwhile = stored(PairingStatus.ACCEPTED, null);
        when(store.find("pr-1")).thenReturn(Mono.just(approved)); // the link is checked while it is still unspent
        when(tokens.verify(any(), any(), any(), any())).thenReturn(Mono.just(true));
        when(store.get("pr-1")).thenReturn(Mono.just(acceptedMeanwhile)); // then the other answer wins

        Throwable refused = pairings.decline("pr-1", "the-link")
                .map(p -> (Throwable) null)
                .onErrorResume(failure -> Mono.just(failure))
                .block();

        assertThat(refused).isInstanceOf(ProblemException.class);
        assertThat(((ProblemException) refused).status()).isEqualTo(403);
        verify(store, never()).update(any(), any(), any(), any(), any());
    }

    private static StoredPairing stored(PairingStatus status, String nonce) {
        long version = status == PairingStatus.APPROVED ? 1 : 2;
        return StoredPairings.stored(
                StoredPairings.pairing("pr-1", status, version),
                nonce,
                Instant.now().plusSeconds(3600));
    }
}
