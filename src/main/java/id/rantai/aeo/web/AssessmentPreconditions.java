package id.rantai.aeo.web;

import id.rantai.shared.web.Preconditions;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code If-Match} on the changes of a self-assessment, by the company or by customs (see {@link Preconditions}). */
@Configuration(proxyBeanMethods = false)
class AssessmentPreconditions implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(Preconditions.ifMatch("Assessment")).addPathPatterns("/api/v1/aeo/assessments/*/**");
    }
}
