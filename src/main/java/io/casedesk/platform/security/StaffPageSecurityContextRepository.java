package io.casedesk.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.function.SingletonSupplier;

import io.casedesk.platform.identity.StaffGroups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who is asking for a staff page ({@code /staff/**}): the user logged in to Camunda's web apps in
 * this session, with the staff groups the engine's identity service gives them now (not the copy the
 * web apps cached at log-in), so a user removed from a group loses the pages at once. Logging out of
 * Tasklist logs out of the staff pages too.
 *
 * <p>Without a web-app log-in, a log-in of another kind kept in the session (a customer at
 * {@code /login}) is passed on, so that it is refused (403) rather than sent to log in again. A staff
 * log-in without the web-app one cannot occur through {@code /login}, which writes both; it is
 * ignored. The pages never log anybody in themselves: nothing is saved.
 */
class StaffPageSecurityContextRepository implements SecurityContextRepository {

    private final WebappSessions webapp;
    private final IdentityService identity;
    private final HttpSessionSecurityContextRepository springSession = new HttpSessionSecurityContextRepository();

    StaffPageSecurityContextRepository(WebappSessions webapp, IdentityService identity) {
        this.webapp = webapp;
        this.identity = identity;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Supplier<SecurityContext> context = SingletonSupplier.of(() -> load(request));
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return context.get();
            }

            @Override
            public boolean isGenerated() {
                return context.get().getAuthentication() == null;
            }
        };
    }

    /** @deprecated the interface's old entry point; {@link #loadDeferredContext} is used. */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // The log-in belongs to the web apps (or /login); the staff pages only read it.
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return webapp.userId(request).isPresent();
    }

    private SecurityContext load(HttpServletRequest request) {
        Optional<Authentication> staff = webapp.userId(request).flatMap(this::staffUser);
        if (staff.isPresent()) {
            return new SecurityContextImpl(staff.get());
        }
        Authentication other = springSession.loadDeferredContext(request).get().getAuthentication();
        if (other != null && other.isAuthenticated() && other.getAuthorities().stream()
                .noneMatch(a -> StaffAuthenticationProvider.STAFF_ROLE.equals(a.getAuthority()))) {
            return new SecurityContextImpl(other);
        }
        return SecurityContextHolder.createEmptyContext();
    }

    /** The engine's user with their staff groups as authorities; empty when the user no longer exists. */
    private Optional<Authentication> staffUser(String userId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            return Optional.empty();
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(StaffAuthenticationProvider.STAFF_ROLE));
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            if (StaffGroups.ALL.contains(group.getId())) {
                authorities.add(new SimpleGrantedAuthority(StaffGroups.authority(group.getId())));
            }
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities));
    }
}
