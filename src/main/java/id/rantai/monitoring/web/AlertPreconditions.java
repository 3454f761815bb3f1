package id.rantai.monitoring.web;

import id.rantai.shared.web.Preconditions;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code If-Match} on the follow-up of alerts (see {@link Preconditions}). */
@Configuration(proxyBeanMethods = false)
class AlertPreconditions implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(Preconditions.ifMatch("Alert")).addPathPatterns("/api/v1/alerts/*/**");
    }
}
