package org.peermentor.auth.signin;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every answer the issuer gives a browser: a Content-Security-Policy that allows no script
 * at all and styles only from here, no framing ({@code frame-ancestors 'none'} and {@code X-Frame-Options}),
 * {@code nosniff} (Spring Security's default) and a same-origin Referrer-Policy, so the authorization request's
 * query never leaves in a Referer header.
 */
public final class PageHeaders {

    private final String policy;

    /**
     * @param signInTargets the origins a signed-in browser is sent back to (the browser clients' redirect URIs):
     *                      browsers apply {@code form-action} to the redirects that follow the sign-in form too
     */
    public PageHeaders(Collection<String> signInTargets) {
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        formTargets.addAll(signInTargets);
        this.policy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action "
                + String.join(" ", formTargets) + "; frame-ancestors 'none'; base-uri 'none'";
    }

    public String policy() {
        return policy;
    }

    public void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }
}
