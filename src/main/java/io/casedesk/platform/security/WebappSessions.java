package io.casedesk.platform.security;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The log-in of Camunda's web apps (Tasklist, Cockpit, Admin) lives in the HTTP session, as the
 * {@link Authentications} that Camunda's {@link AuthenticationUtil} keeps there, one per engine. The
 * staff pages read it, and a log-in at {@code /login} writes it, so one log-in serves the web apps and
 * the staff pages in the same session. The only class that knows where Camunda keeps it.
 */
@Component
class WebappSessions {

    private final ProcessEngine engine;

    WebappSessions(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The staff user logged in to the web apps in this request's session, if any (no session is created). */
    Optional<String> userId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionKey.NAME) instanceof Authentications authentications)) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentications.getAuthenticationForProcessEngine(engine.getName()))
                .map(Authentication::getIdentityId)
                .filter(id -> !id.isBlank());
    }

    /**
     * Logs the user in to the web apps in this session, as Camunda's own log-in would (groups,
     * tenants and the apps their authorizations open). Nothing happens for an id the engine does
     * not know.
     */
    void logIn(HttpServletRequest request, String userId) {
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        if (authentication == null) {
            return;
        }
        HttpSession session = request.getSession();
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
    }

    /** Camunda's session attribute name is protected; reading it through a subclass keeps it in one place. */
    private static final class SessionKey extends AuthenticationUtil {
        static final String NAME = CAM_AUTH_SESSION_KEY;
    }
}
