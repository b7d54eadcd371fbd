package org.peermentor.matching.settings;

import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditTarget;
import org.peermentor.matching.audit.ManagerActions;
import org.peermentor.matching.web.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
record SettingsController(SettingsStore settings, ManagerActions audit) {
    @GetMapping("/api/programs/{programId}/settings")
    Mono<ProgramSettings> read(@PathVariable String programId) {
        return Access.program(programId, "settings").then(Mono.defer(() -> settings.get(programId)));
    }

    @PutMapping("/api/programs/{programId}/settings")
    Mono<ProgramSettings> change(@PathVariable String programId, @RequestBody SettingsRequest request) {
        return Access.program(programId, "settings")
                .then(Mono.defer(() -> settings.change(programId, request)))
                .flatMap(changed -> audit.record(AuditAction.CHANGE_SETTINGS, AuditTarget.program(programId))
                        .thenReturn(changed));
    }
}
