package org.peermentor.auth.people;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people's settings ({@code auth.users-file}, {@code auth.lockout.*}).
 *
 * @param usersFile the people, as {@code [{"username","password","displayName","roles":[…],"programs":[…]}]};
 *                  absent: nobody signs in, the issuer serves clients only
 * @param lockout when repeated failed sign-ins lock an account
 */
@ConfigurationProperties("auth")
public record PeopleSettings(Path usersFile, @DefaultValue Lockout lockout) {}
