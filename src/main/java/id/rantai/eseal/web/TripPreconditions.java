package id.rantai.eseal.web;

import id.rantai.shared.ExpectedVersion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code If-Match} on a trip's actions: the ETag a client read ({@code "7"}, its version) is the
 * version its change expects; a trip that has moved on since answers 412 with the current ETag.
 * Without the header a change is made as before; {@code *} matches any version.
 */
@Configuration(proxyBeanMethods = false)
class TripPreconditions implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
                        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
                            ExpectedVersion.expect(version(req.getHeader("If-Match")));
                        }
                        return true;
                    }

                    @Override
                    public void afterCompletion(
                            HttpServletRequest req, HttpServletResponse res, Object handler, @Nullable Exception e) {
                        ExpectedVersion.clear();
                    }
                })
                .addPathPatterns("/api/v1/trips/*/**");
    }

    /** The version an If-Match names: {@code "7"} or {@code W/"7"}; {@code *} or none names none; anything else matches nothing. */
    static @Nullable Integer version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            return -1; // no trip is at version -1: a tag that is not ours never matches
        }
    }
}
