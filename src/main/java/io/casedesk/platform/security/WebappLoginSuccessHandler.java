package io.casedesk.platform.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A staff log-in at {@code /login} also logs the user in to Camunda's web apps in the same session
 * (the session id has already changed, see session fixation), then returns to the page that asked for
 * the log-in, such as a staff case page. Customers are not logged in to the web apps.
 */
class WebappLoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final WebappSessions webapp;

    WebappLoginSuccessHandler(WebappSessions webapp) {
        this.webapp = webapp;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getAuthorities().stream()
                .anyMatch(a -> StaffAuthenticationProvider.STAFF_ROLE.equals(a.getAuthority()))) {
            webapp.logIn(request, authentication.getName());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
