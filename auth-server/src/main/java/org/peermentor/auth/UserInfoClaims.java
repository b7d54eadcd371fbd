package org.peermentor.auth;

import org.peermentor.auth.people.People;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * {@code /userinfo}: what the id token says about the person ({@code sub}, {@code name}, {@code preferred_username},
 * {@code roles}; see {@link RoleAndProgramClaims}).
 */
final class UserInfoClaims {

    private final People people;

    UserInfoClaims(People people) {
        this.people = people;
    }

    OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        OidcUserInfo.Builder info = OidcUserInfo.builder().subject(username).preferredUsername(username);
        people.find(username)
                .ifPresent(person -> info.name(person.displayName()).claim("roles", person.roles()));
        return info.build();
    }
}
