package id.rantai.shared;

/**
 * The resource does not exist or the caller may not know that it exists. Tenancy violations on
 * reads are answered with this (404) on purpose, so that one company cannot probe another's ids.
 */
public class NotFoundException extends RuntimeException implements Worded {
    private final Wording wording;

    /** @param what the kind of record, as named in the catalogue's {@code entity.*} keys ("Trip", "Organisation") */
    public NotFoundException(String what, Object id) {
        this(Wording.of("notFound", what, String.valueOf(id)));
    }

    private NotFoundException(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    @Override
    public Wording wording() {
        return wording;
    }
}
