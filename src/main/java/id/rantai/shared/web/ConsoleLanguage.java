package id.rantai.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console and the public pages speak Bahasa Indonesia unless their reader switches to English
 * ({@code ?lang=en}, kept in a cookie for a year). Every label comes from the message catalogue: {@code messages.properties}
 * is Indonesian, {@code messages_en.properties} English.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLanguage implements WebMvcConfigurer {
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("rantai-lang");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change)
                .addPathPatterns("/", "/signin", "/console/**", "/verify", "/sertifikasi", "/sertifikasi/**");
    }
}
