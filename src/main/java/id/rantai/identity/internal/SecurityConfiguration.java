package id.rantai.identity.internal;

import id.rantai.shared.web.ConsoleProperties;
import id.rantai.shared.web.Languages;
import id.rantai.shared.web.RefusalTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * People authenticate with username and password: HTTP Basic for API clients and scripts, and a
 * session login ({@code POST /login}) for a browser UI. Session requests need the CSRF token from
 * the {@code XSRF-TOKEN} cookie — the login too; Basic-authenticated requests carry their credentials
 * on every call and so cannot be forged cross-site, which is why they (and only they) skip the check.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({IdentityProperties.class, ConsoleProperties.class})
class SecurityConfiguration {
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The console's own paths; everything else is the API's. */
    static final String[] CONSOLE = {
        "/", "/signin", "/signout", "/console/**", "/webjars/**", "/css/**", "/js/**", "/geo/**", "/favicon.ico"
    };

    /** The training centre's public pages, for applicants and anyone checking a certificate. */
    static final String[] PUBLIC_SITE = {"/verify", "/sertifikasi", "/sertifikasi/**"};

    /**
     * The public pages: no sign-in, and no script at all — they work on any phone and with JavaScript
     * off; styles from Rantai only. Forms that change something carry a CSRF token from a session.
     */
    @Bean
    @Order(80)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_SITE)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                                        + "base-uri 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
        return http.build();
    }

    /**
     * A document a console page shows inline (an applicant's scan, a piece of evidence): any console
     * path with a {@code /documents/} segment. The same signed-in session as the console, but the
     * answer may be framed by Rantai's own pages — and by nothing else — and runs nothing: no script,
     * no style, only the document itself (a PDF viewer embeds its own URL, hence {@code object-src}).
     */
    @Bean
    @Order(85)
    SecurityFilterChain consoleDocuments(HttpSecurity http, JdbcUserAccounts users) throws Exception {
        http.securityMatcher(req -> req.getRequestURI().startsWith("/console/")
                        && req.getRequestURI().contains("/documents/"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; img-src 'self'; object-src 'self'; frame-ancestors 'self'"))
                        .frameOptions(frame -> frame.sameOrigin()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .addFilterAfter(new SessionRecheck(users, true), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * The web console: a sign-in page with the same account rules as the API (lockout, disabled
     * accounts), a session, CSRF tokens in every form, and a strict Content-Security-Policy — scripts
     * and styles from Rantai itself only (all of them from webjars or static files, none inline), map
     * tiles from the configured tile server only. The session also lets the console's scripts read
     * the API (positions, the live stream) as the signed-in person.
     */
    @Bean
    @Order(90)
    SecurityFilterChain console(HttpSecurity http, JdbcUserAccounts users, ConsoleProperties console) throws Exception {
        String tiles = console.tileOrigin() == null ? "" : " " + console.tileOrigin();
        http.securityMatcher(CONSOLE)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/signin", "/webjars/**", "/css/**", "/js/**", "/geo/**", "/favicon.ico")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/signin")
                        .loginProcessingUrl("/signin")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath() + "/signin?error="
                                + (e instanceof LockedException
                                        ? "locked"
                                        : e instanceof DisabledException ? "disabled" : "bad"))))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedOut"))
                .headers(h -> h.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; script-src 'self'; "
                                                + "style-src 'self'; img-src 'self' data:" + tiles
                                                + "; connect-src 'self'; font-src 'self'; "
                                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .addFilterAfter(new SessionRecheck(users, true), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(100)
    SecurityFilterChain api(HttpSecurity http, JdbcUserAccounts users) throws Exception {
        var csrfHandler = new CsrfTokenRequestAttributeHandler();
        csrfHandler.setCsrfRequestAttributeName(null); // resolve the token eagerly so the cookie is always set
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        // Metrics tell much about the platform's traffic: administrators (or their scraper) only.
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        // Public verification of certificates, and the certification services the public applies for.
                        .requestMatchers("/verify", "/api/v1/public/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) -> challenge(
                        req, res, e instanceof LockedException ? "refusal.locked" : "refusal.authenticationRequired")))
                .formLogin(form -> form.loginProcessingUrl("/login")
                        .successHandler((req, res, auth) -> {
                            res.setStatus(HttpStatus.OK.value());
                            res.setContentType("application/json");
                            res.getWriter()
                                    .write("{\"username\":\"" + auth.getName().replace("\"", "") + "\"}");
                        })
                        .failureHandler((req, res, e) -> problem(
                                req,
                                res,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                e instanceof LockedException ? "refusal.locked" : "refusal.wrongPassword")))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler((req, res, auth) -> res.setStatus(HttpStatus.NO_CONTENT.value())))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(
                                (req, res, e) -> challenge(req, res, "refusal.authenticationRequired"))
                        .accessDeniedHandler((req, res, e) -> {
                            if (!(e instanceof CsrfException)) {
                                problem(req, res, HttpStatus.FORBIDDEN, "forbidden", "refusal.notAllowed");
                            } else if (anonymous() && !req.getRequestURI().equals(req.getContextPath() + "/login")) {
                                // Nobody is signed in: the write is refused for want of a user, not of a token.
                                challenge(req, res, "refusal.authenticationRequired");
                            } else {
                                problem(req, res, HttpStatus.FORBIDDEN, "csrf", "refusal.csrf");
                            }
                        }))
                // An API answer is data, never a page: nothing in it may run, load or be framed. Swagger UI is
                // the one page here, and gets its own, narrower policy.
                .headers(h -> h.addHeaderWriter(
                                new DelegatingRequestMatcherHeaderWriter(
                                        req -> !req.getRequestURI().startsWith(req.getContextPath() + "/swagger-ui"),
                                        new ContentSecurityPolicyHeaderWriter(
                                                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                req -> req.getRequestURI().startsWith(req.getContextPath() + "/swagger-ui"),
                                new ContentSecurityPolicyHeaderWriter("default-src 'self'; img-src 'self' data:; "
                                        + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'")))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler)
                        // Only a request that authenticates itself with Basic carries its credentials; any
                        // other Authorization header (a stray "Bearer zzz") leaves a session cookie to be forged.
                        // The login itself needs the token too, so no one can sign a browser into their account.
                        .ignoringRequestMatchers(SecurityConfiguration::basicAuthenticated)
                        // Public endpoints act on no one's session, so there is nothing to forge.
                        .ignoringRequestMatchers("/api/v1/public/**"))
                .addFilterAfter(new SessionRecheck(users), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * A 401 that says how to authenticate (RFC 9110): HTTP Basic, with a user's or a seal's
     * credentials. A script in the console (htmx, fetch) is not challenged, or its browser would open
     * a login dialog over the page; its session has simply ended.
     */
    static void challenge(HttpServletRequest req, HttpServletResponse res, String key) throws IOException {
        boolean script = req.getHeader("HX-Request") != null
                || "XMLHttpRequest".equalsIgnoreCase(req.getHeader("X-Requested-With"));
        if (!script) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Rantai\", charset=\"UTF-8\"");
        }
        problem(req, res, HttpStatus.UNAUTHORIZED, "unauthorized", key);
    }

    static boolean basicAuthenticated(HttpServletRequest req) {
        String authorization = req.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean anonymous() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth == null
                || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken
                || !auth.isAuthenticated();
    }

    /**
     * A problem answered before the request reaches Spring MVC (so before its locale resolver): the
     * language comes from Accept-Language, Indonesian unless English comes first.
     */
    static void problem(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String type, String key)
            throws IOException {
        Locale locale = Languages.fromHeader(req);
        res.setStatus(status.value());
        res.setContentType("application/problem+json");
        res.setCharacterEncoding("UTF-8");
        res.getWriter()
                .write("{\"type\":\"https://rantai.id/problems/" + type + "\",\"title\":\""
                        + json(RefusalTexts.text(locale, "problem.title." + type)) + "\",\"status\":" + status.value()
                        + ",\"detail\":\"" + json(RefusalTexts.text(locale, key)) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
