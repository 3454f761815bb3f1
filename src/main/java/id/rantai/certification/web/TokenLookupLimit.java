package id.rantai.certification.web;

import id.rantai.certification.CertificationProperties;
import id.rantai.certification.verification.PublicThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every look-up by an applicant's token — the API and the public pages of a registration, a request
 * or a complaint — counts against {@code rantai.certification.lookup-per-minute} per client address,
 * so tokens cannot be guessed at speed. Refused as 429, like the other public limits.
 */
@Configuration(proxyBeanMethods = false)
class TokenLookupLimit implements WebMvcConfigurer {
    private static final Pattern TOKEN_PATHS =
            Pattern.compile("/api/v1/public/certification/(registrations|requests|complaints)/[^/]+(/.*)?"
                    + "|/sertifikasi/(pendaftaran|layanan|pengaduan)/[^/]+(/.*)?");

    private final PublicThrottle throttle;
    private final CertificationProperties properties;

    TokenLookupLimit(PublicThrottle throttle, CertificationProperties properties) {
        this.throttle = throttle;
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        String path = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        if (TOKEN_PATHS.matcher(path).matches()) {
                            throttle.admit("lookup", request.getRemoteAddr(), properties.lookupPerMinute());
                        }
                        return true;
                    }
                })
                .addPathPatterns("/api/v1/public/certification/**", "/sertifikasi/**");
    }
}
