package id.rantai.certification.web;

import id.rantai.shared.web.Preconditions;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code If-Match} on the steps of an after-service request, by staff and by the head (see {@link Preconditions}). */
@Configuration(proxyBeanMethods = false)
class RequestPreconditions implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(Preconditions.ifMatch("Request"))
                .addPathPatterns("/api/v1/certification/requests/*/**");
    }
}
