package id.rantai.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session remembers who logged in; HTTP Basic asks the database on every request. So that
 * disabling a leaver takes effect at once for sessions too, each session request checks that its
 * account is still enabled, and ends the session if not.
 */
class SessionRecheck extends OncePerRequestFilter {
    private final JdbcClient jdbc;

    SessionRecheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && request.getHeader("Authorization") == null && auth != null
                && auth.getPrincipal() instanceof AccountPrincipal p && !stillEnabled(p)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            SecurityConfiguration.problem(response, HttpStatus.UNAUTHORIZED, "unauthorized", "The account has been disabled");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillEnabled(AccountPrincipal p) {
        return jdbc.sql("SELECT enabled FROM app_user WHERE id = ?").param(p.actor().userId()).query(Boolean.class)
                .optional().orElse(false);
    }
}
