package io.casedesk.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses state-changing requests that a browser sends on behalf of another site: a form or script
 * on another origin posting to the API with whatever credentials the browser holds. Browsers say
 * where a request comes from ({@code Sec-Fetch-Site}, or at least {@code Origin}) and pages cannot
 * forge either; programs (curl, integrations, Camunda Modeler) send neither and are not affected.
 * Spring Security 6.5 has no such check (its CSRF protection needs a token the API's clients do not
 * have), and the Basic-authenticated APIs are stateless, so this is their CSRF protection.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** "same-site" is another origin too (another port or subdomain), only "same-origin" and "none" (typed by the user) are ours. */
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    private final ProblemAuthenticationEntryPoint problems;

    CrossSiteRequestFilter(ProblemAuthenticationEntryPoint problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || !fromAnotherSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "cross-site-request",
                "A page of another web site sent this request through your browser; it was refused. "
                        + "Programs call the API without browser headers, people use Casedesk's own pages.");
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !OWN_FETCH_SITES.contains(fetchSite.toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    /** The origin this request was addressed to (behind a proxy: as the forwarded headers say, when trusted). */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return URI.create(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)).toString();
    }
}
