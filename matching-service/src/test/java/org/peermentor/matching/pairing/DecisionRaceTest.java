package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.program.RoundNudge;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.service.web.ProblemException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Two managers decide one proposal at once: both read it PROPOSED, the other's rejection is stored first, so this
 * approval's write (conditional on the version it read) changes nothing. It reads again and is told, as a 409, that
 * the proposal was already rejected. The store is stubbed to replay that interleaving exactly.
 */
class DecisionRaceTest {

    private final PairingStore store = mock(PairingStore.class);
    private final ProfileReplica profiles = mock(ProfileReplica.class);
    private final ResponseTokens tokens = mock(ResponseTokens.class);
    private final MatchingProperties properties = mock(MatchingProperties.class);
    private final PairingService pairings = new PairingService(
            store, profiles, tokens, mock(RoundNudge.class), mock(SettingsStore.class), properties, Clock.systemUTC());

    @Test
    void theDecisionThatLosesTheRaceIsToldTheProposalWasAlreadyDecided() {
        when(store.get("pr-1"))
                .thenReturn(Mono.just(stored(PairingStatus.PROPOSED, 1)), Mono.just(stored(PairingStatus.REJECTED, 2)));
        when(store.ofParticipant("participant")).thenReturn(Flux.empty());
        when(profiles.nextParticipantSequence("participant")).thenReturn(Mono.just(2L));
        when(tokens.newNonce()).thenReturn("nonce");
        when(tokens.issue(anyString(), anyString(), any())).thenReturn(Mono.just("link"));
        when(properties.responseLinkTtl()).thenReturn(Duration.ofDays(14));
        when(store.update(any(), any(), any(), any(), any())).thenReturn(Mono.empty()); // the version moved on

        Throwable refused = pairings.approve("pr-1")
                .map(p -> (Throwable) null)
                .onErrorResume(failure -> Mono.just(failure))
                .block();

        assertThat(refused).isInstanceOf(ProblemException.class);
        assertThat(((ProblemException) refused).status()).isEqualTo(409);
        assertThat(refused.getMessage()).isEqualTo("This proposal was already rejected; it cannot become APPROVED.");
        verify(store, times(1)).update(any(), any(), any(), any(), any());
    }

    private static StoredPairing stored(PairingStatus status, long version) {
        return StoredPairings.stored(StoredPairings.pairing("pr-1", status, version));
    }
}
