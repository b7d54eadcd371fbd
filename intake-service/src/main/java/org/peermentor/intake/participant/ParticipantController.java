package org.peermentor.intake.participant;

import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.service.web.Paging;
import org.peermentor.intake.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(ParticipantController.PATH)
class ParticipantController {

    static final String PATH = "/api/participants";

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @PostMapping
    Mono<ResponseEntity<ParticipantProfile>> register(@RequestBody ParticipantRequest request,
                                                      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return participants.register(request, key).map(profile -> Versions.created(PATH, profile));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<ParticipantProfile>> read(@PathVariable String id) {
        return participants.get(id).map(Versions::ok);
    }

    @GetMapping
    Flux<ParticipantProfile> list(@RequestParam(required = false) String programId,
                                  @RequestParam(required = false) ProfileStatus status,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "500") int size) {
        return participants.list(programId, status, q, Paging.of(page, size));
    }

    @PutMapping("/{id}")
    Mono<ResponseEntity<ParticipantProfile>> update(@PathVariable String id, @RequestBody ParticipantRequest request,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Mono.defer(() -> participants.update(id, request, Versions.ifMatch(ifMatch))).map(Versions::ok);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> withdraw(@PathVariable String id, @RequestParam(defaultValue = "false") boolean erase) {
        return erase ? participants.erase(id) : participants.withdraw(id);
    }
}
