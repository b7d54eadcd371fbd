package org.peermentor.auth.signin;

import org.peermentor.auth.people.Lockout;
import org.peermentor.auth.people.SignInAttempts;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /login}: the sign-in page, with what went wrong last time, or that the person signed out. */
@Controller
class SignInPage {

    static final String WRONG_CREDENTIALS = "That username and password do not match.";
    static final String SIGNED_OUT = "You are signed out.";

    private final String lockedMessage;

    SignInPage(SignInAttempts attempts) {
        this.lockedMessage = locked(attempts.lockout());
    }

    @GetMapping("/login")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked,
            @RequestParam(required = false) String logout,
            CsrfToken csrf,
            Model model) {
        model.addAttribute("csrf", csrf);
        if (locked != null) {
            model.addAttribute("problem", lockedMessage);
        } else if (error != null) {
            model.addAttribute("problem", WRONG_CREDENTIALS);
        } else if (logout != null) {
            model.addAttribute("notice", SIGNED_OUT);
        }
        return "login";
    }

    static String locked(Lockout lockout) {
        long minutes = Math.max(1, lockout.duration().toMinutes());
        return "This account is locked for " + minutes + (minutes == 1 ? " minute" : " minutes") + " after "
                + lockout.maxFailures() + " failed sign-ins in a row. Try again later, or ask your administrator.";
    }
}
