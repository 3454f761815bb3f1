package id.rantai.identity.internal;

import id.rantai.shared.web.UserLanguage;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user's language, read from their principal and saved with their account. */
@Component
class AccountLanguage implements UserLanguage {
    private final JdbcUserAccounts accounts;

    AccountLanguage(JdbcUserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public @Nullable Locale current() {
        AccountPrincipal p = principal();
        return p == null || p.language() == null ? null : Locale.forLanguageTag(p.language());
    }

    @Override
    public void choose(Locale locale) {
        AccountPrincipal p = principal();
        if (p != null && !locale.getLanguage().equals(p.language())) {
            accounts.setLanguage(p.actor().userId(), locale.getLanguage());
        }
    }

    private static @Nullable AccountPrincipal principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? p : null;
    }
}
