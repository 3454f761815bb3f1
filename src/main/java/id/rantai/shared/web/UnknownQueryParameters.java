package id.rantai.shared.web;

import id.rantai.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A query parameter an API operation does not have is refused (400 naming it and the ones it has),
 * as a misspelt body field is: {@code ?stauts=OPEN} would otherwise list everything without a word.
 * Only the query string is read; form and multipart bodies have their own checks.
 */
@Configuration(proxyBeanMethods = false)
class UnknownQueryParameters implements WebMvcConfigurer {
    /** Absent: the operation takes any parameter (a map of them). */
    private final Map<Method, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
                        if (handler instanceof HandlerMethod method && req.getQueryString() != null) {
                            check(req.getQueryString(), method);
                        }
                        return true;
                    }
                })
                .addPathPatterns("/api/**");
    }

    private void check(String query, HandlerMethod handler) {
        Optional<Set<String>> names = known.computeIfAbsent(handler.getMethod(), m -> namesOf(handler));
        if (names.isEmpty()) {
            return;
        }
        for (String name : UriComponentsBuilder.newInstance()
                .query(query)
                .build()
                .getQueryParams()
                .keySet()) {
            String decoded = java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
            if (!names.get().contains(decoded)) {
                throw InvalidInputException.worded(
                        decoded, "unknownParameter", names.get().isEmpty() ? "—" : String.join(", ", names.get()));
            }
        }
    }

    /** The query parameters an operation reads: named, implicit (a plain value) or a bound record's fields. */
    static Optional<Set<String>> namesOf(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(NAMES);
            Class<?> type = p.getParameterType();
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return Optional.empty();
                }
                String name = !param.name().isEmpty() ? param.name() : param.value();
                names.add(name.isEmpty() ? p.getParameterName() : name);
            } else if (p.hasParameterAnnotation(PathVariable.class)
                    || p.hasParameterAnnotation(RequestBody.class)
                    || p.hasParameterAnnotation(RequestHeader.class)
                    || p.hasParameterAnnotation(RequestPart.class)
                    || p.hasParameterAnnotation(CookieValue.class)
                    || type == Locale.class
                    || type == TimeZone.class
                    || type == ZoneId.class) {
                continue;
            } else if (BeanUtils.isSimpleProperty(type)) {
                names.add(p.getParameterName()); // Spring binds a plain value by its name
            } else if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    names.add(c.getName());
                }
            }
        }
        return Optional.of(names);
    }
}
