package io.casedesk.platform.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 for the API as RFC 9457 problem details. No {@code WWW-Authenticate: Basic} challenge:
 * it makes a browser prompt for a password and then send it with every request to the API, also
 * with a form another site submits (cross-site request forgery). Programs send their credentials
 * up front and do not need the challenge.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Log in with HTTP Basic authentication (staff: Camunda user; customer: portal account).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Your account is not allowed to do this.");
    }

    void write(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"https://casedesk.io/problems/%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(type, status.getReasonPhrase(), status.value(), detail));
    }
}
