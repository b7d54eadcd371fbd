package org.peermentor.intake.people;

import org.peermentor.contracts.Profile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.intake.profile.ProfileRequest;
import org.peermentor.intake.web.IfMatch;
import org.peermentor.intake.web.Versions;
import org.peermentor.service.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
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

/**
 * {@code /api/participants} and {@code /api/mentors}: register, read, list, change, withdraw and erase. The path
 * names the kind; everything else is the same for both.
 */
@RestController
@RequestMapping("/api/{kind:participants|mentors}")
record ProfileController(ProfileFlows flows) {
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the API description says; the answer's own status is the same
    Mono<ResponseEntity<Profile>> register(
            @PathVariable String kind,
            @RequestBody ProfileRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return flows.of(kind).register(request, key).map(profile -> Versions.created("/api/" + kind, profile));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<Profile>> read(@PathVariable String kind, @PathVariable String id) {
        return flows.of(kind).get(id).map(Versions::ok);
    }

    @GetMapping
    Flux<Profile> list(
            @PathVariable String kind,
            @RequestParam(required = false) String programId,
            @RequestParam(required = false) ProfileStatus status,
            @RequestParam(required = false) String q,
            @ParameterObject Paging paging) {
        return flows.of(kind).list(programId, status, q, paging);
    }

    @PutMapping("/{id}")
    Mono<ResponseEntity<Profile>> update(
            @PathVariable String kind,
            @PathVariable String id,
            @RequestBody ProfileRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Mono.defer(() -> flows.of(kind).update(id, request, IfMatch.version(ifMatch)))
                .map(Versions::ok);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> withdraw(
            @PathVariable String kind, @PathVariable String id, @RequestParam(defaultValue = "false") boolean erase) {
        return erase ? flows.of(kind).erase(id) : flows.of(kind).withdraw(id);
    }
}
