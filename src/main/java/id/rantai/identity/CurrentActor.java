package id.rantai.identity;

import java.util.Optional;

/** Who is acting in the current request. */
public interface CurrentActor {
    /** The authenticated actor; fails if the request is anonymous (the security filter prevents that). */
    Actor get();

    Optional<Actor> find();
}
