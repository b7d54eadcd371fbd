package org.peermentor.auth.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Everything but the authorization server's own endpoints: the sign-in page and its form, sign-out, the theme's
 * stylesheet and the health endpoints open, everything else denied.
 */
@Configuration(proxyBeanMethods = false)
class SignInSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, PageHeaders headers) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/login", "/theme/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage("/login").failureHandler(SignInFailures.handler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // nothing here opens to a signed-in person either, so a sign-in page would be no answer: 403
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                .headers(headers::apply);
        return http.build();
    }
}
