package id.rantai.shared;

/**
 * The resource does not exist or the caller may not know that it exists. Tenancy violations on
 * reads are answered with this (404) on purpose, so that one company cannot probe another's ids.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
