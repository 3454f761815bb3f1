package id.rantai.shared.web;

import id.rantai.shared.ExpectedVersion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code If-Match} on a versioned record's changes: the ETag a client read ({@code "7"}, the
 * record's version) is the version its change expects, and a record that has moved on since answers
 * 412 with the current ETag ({@link ExpectedVersion}). Without the header a change is made as
 * before; {@code *} matches any version. A module registers it on its records' addresses.
 */
public final class Preconditions {
    private Preconditions() {}

    /** The interceptor for the addresses of one kind of record ({@code Trip}, {@code Seal}, …). */
    public static HandlerInterceptor ifMatch(String kind) {
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
                if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
                    ExpectedVersion.expect(kind, version(req.getHeader("If-Match")));
                }
                return true;
            }

            @Override
            public void afterCompletion(
                    HttpServletRequest req, HttpServletResponse res, Object handler, @Nullable Exception e) {
                ExpectedVersion.clear();
            }
        };
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
            return -1; // no record is at version -1: a tag that is not ours never matches
        }
    }
}
