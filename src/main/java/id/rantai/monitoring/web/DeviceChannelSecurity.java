package id.rantai.monitoring.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Devices are not people: the telemetry and forwarding endpoints skip the user login chain (and its
 * bcrypt) and authenticate each request by the seal's secret or the forwarder's token, in the controller.
 */
@Configuration(proxyBeanMethods = false)
class DeviceChannelSecurity {
    @Bean
    @Order(10)
    SecurityFilterChain devices(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/telemetry", "/api/v1/forwarding/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
