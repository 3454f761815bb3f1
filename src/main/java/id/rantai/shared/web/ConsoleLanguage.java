package id.rantai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Rantai speaks Bahasa Indonesia unless its reader asks for English. The first of these that says
 * something decides: the console's switch ({@code ?lang=en}, kept in a cookie for a year and, for a
 * signed-in user, with their account), the signed-in user's saved choice, the request's
 * {@code Accept-Language} (its first language; English if that is English), and otherwise Indonesian.
 * Every label comes from the message catalogue: {@code messages.properties} is Indonesian,
 * {@code messages_en.properties} English.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLanguage implements WebMvcConfigurer {
    @Bean
    LocaleResolver localeResolver(UserLanguage users) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("rantai-lang") {
            @Override
            public void setLocale(
                    HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
                super.setLocale(request, response, locale);
                if (locale != null) {
                    users.choose(Languages.supported(locale));
                }
            }
        };
        resolver.setDefaultLocaleFunction(request -> {
            Locale chosen = users.current();
            return chosen != null ? Languages.supported(chosen) : Languages.fromHeader(request);
        });
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
