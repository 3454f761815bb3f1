package id.rantai.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/** Finds the JSON path of the property that failed to deserialize, e.g. {@code legalBasis.date}. */
final class JsonErrorPaths {
    private JsonErrorPaths() {}

    static String fieldOf(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        while (cause != null) {
            if (cause instanceof JacksonException je && !je.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : je.getPath()) {
                    if (ref.getPropertyName() != null) {
                        if (!path.isEmpty()) {
                            path.append('.');
                        }
                        path.append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? "body" : path.toString();
            }
            cause = cause.getCause();
        }
        return "body";
    }
}
