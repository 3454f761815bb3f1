package id.rantai.monitoring.cluster;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code rantai.cluster.*} in either mode, so that a misspelt mode stops the start instead of
 * leaving an instance half in a cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterMode {}
