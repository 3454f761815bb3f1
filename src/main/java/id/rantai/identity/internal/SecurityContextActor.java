package id.rantai.identity.internal;

import id.rantai.identity.Actor;
import id.rantai.identity.CurrentActor;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextActor implements CurrentActor {
    @Override
    public Actor get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not authenticated"));
    }

    @Override
    public Optional<Actor> find() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return Optional.of(p.actor());
        }
        return Optional.empty();
    }
}
