package id.rantai.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API document reads Rantai's records: schemas named after their enclosing types too, and
 * the fields that may be null said to be so.
 *
 * <p>Names: {@code TripController.Note} becomes {@code TripControllerNote}. By simple name alone,
 * every module's {@code Note}, {@code Answer} or {@code Reason} would be one schema, the last one
 * read overwriting the others, and a client generated from the document would send the wrong body.
 *
 * <p>Nulls: the code says which record components may be null with JSpecify's {@code @Nullable},
 * a type-use annotation swagger-core does not read; without it the document would promise a
 * string where the answer carries {@code null}, and a strict client would refuse the answer. Such a
 * field becomes {@code "type": ["string", "null"]} (an enum also lists {@code null}), and a field
 * holding another schema {@code oneOf} that schema or {@code null}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSchemaNames {
    @Bean
    ModelResolver enclosingTypeModelResolver(ObjectMapperProvider mappers) {
        return new NullableAwareResolver(mappers).openapi31(true);
    }

    static final class NullableAwareResolver extends ModelResolver {
        NullableAwareResolver(ObjectMapperProvider mappers) {
            super(mappers.jsonMapper(), new EnclosingTypeNames());
        }

        @Override
        public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> next) {
            Schema resolved = super.resolve(type, context, next);
            if (resolved == null) {
                return null;
            }
            Class<?> raw = _mapper.constructType(type.getType()).getRawClass();
            if (raw.isRecord()) {
                Schema<?> model = resolved.get$ref() == null
                        ? resolved
                        : context.getDefinedModels().get(simpleName(resolved.get$ref()));
                if (model != null) {
                    markNullable(model, raw);
                }
            }
            return resolved;
        }

        private static String simpleName(String ref) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
    }

    /** Marks every {@code @Nullable} component of the record as one that may be null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void markNullable(Schema<?> model, Class<?> record) {
        Map<String, Schema> properties = model.getProperties();
        if (properties == null) {
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            Schema property = properties.get(c.getName());
            if (property != null && c.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(c.getName(), orNull(property));
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null) {
            return new Schema<>().oneOf(List.of(property, new Schema<>().types(Set.of("null"))));
        }
        if (property.getTypes() != null && !property.getTypes().contains("null")) {
            Set<String> types = new LinkedHashSet<>(property.getTypes());
            types.add("null");
            property.setTypes(types);
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
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
