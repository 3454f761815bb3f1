package id.rantai.shared.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the API document's schemas after their enclosing types too: {@code TripController.Note}
 * becomes {@code TripControllerNote}. By simple name alone, every module's {@code Note},
 * {@code Answer} or {@code Reason} would be one schema, the last one read overwriting the others,
 * and a client generated from the document would send the wrong body.
 */
@Configuration(proxyBeanMethods = false)
class ApiSchemaNames {
    @Bean
    ModelResolver enclosingTypeModelResolver(ObjectMapperProvider mappers) {
        return new ModelResolver(mappers.jsonMapper(), new EnclosingTypeNames()).openapi31(true);
    }

    static final class EnclosingTypeNames extends TypeNameResolver {
        @Override
        protected String getNameOfClass(Class<?> type) {
            Class<?> outer = type.getEnclosingClass();
            String own = super.getNameOfClass(type);
            return outer == null ? own : getNameOfClass(outer) + own;
        }
    }
}
