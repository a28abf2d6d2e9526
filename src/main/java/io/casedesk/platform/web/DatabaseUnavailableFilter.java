package io.casedesk.platform.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.platform.database.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The last word on a request that failed because the database is unreachable, wherever it failed:
 * in a controller ({@link ApiProblems} answers those itself), in a log-in (Spring Security asks the
 * database for the user before any controller runs, and lets other failures than a wrong password
 * through), or in a filter. Without it those end as a bare 500 from the servlet container.
 * It sits outside Spring Security's filters and answers 503 problem details with {@code Retry-After}.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final DatabaseOutage outage;
    private final ObjectMapper json;

    DatabaseUnavailableFilter(DatabaseOutage outage, ObjectMapper json) {
        this.outage = outage;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            outage.failed(request.getMethod() + " " + request.getRequestURI(), e);
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(outage.retryAfterSeconds()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem());
        }
    }

    static ProblemDetail problem() {
        return ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                "The database cannot be reached at the moment; nothing was changed. Please try again shortly.");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseOutage outage, ObjectMapper json) {
            var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(outage, json));
            registration.setName("database-unavailable");
            // Outside Spring Security's chain (order -100) and every other filter that may ask the database.
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }
}
