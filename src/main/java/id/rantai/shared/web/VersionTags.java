package id.rantai.shared.web;

import id.rantai.shared.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every answer that is one versioned record ({@link Versioned}: a seal, an alert, a disruption
 * report) carries its version as {@code ETag}, for a later change's {@code If-Match}; a {@code GET}
 * whose {@code If-None-Match} names the current ETag is answered 304 without the body.
 */
@RestControllerAdvice
class VersionTags implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(
            @Nullable Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof Versioned record) || response.getHeaders().getETag() != null) {
            return body;
        }
        String tag = "\"" + record.version() + "\"";
        response.getHeaders().setETag(tag);
        String seen = request.getHeaders().getFirst("If-None-Match");
        if (HttpMethod.GET.equals(request.getMethod())
                && seen != null
                && seen.trim().equals(tag)) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return null;
        }
        return body;
    }
}
