package id.rantai.eseal.web;

import id.rantai.shared.web.Preconditions;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code If-Match} on the changes of trips, seals and disruption reports (see {@link Preconditions}). */
@Configuration(proxyBeanMethods = false)
class EsealPreconditions implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(Preconditions.ifMatch("Trip")).addPathPatterns("/api/v1/trips/*/**");
        registry.addInterceptor(Preconditions.ifMatch("Seal")).addPathPatterns("/api/v1/seals/*/**");
        registry.addInterceptor(Preconditions.ifMatch("Disruption")).addPathPatterns("/api/v1/disruptions/*/**");
    }
}
