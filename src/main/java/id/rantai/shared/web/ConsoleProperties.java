package id.rantai.shared.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's map tiles: a tile server URL (with {@code {z}/{x}/{y}}) and its attribution. Empty
 * means none: the map then shows Rantai's own offline outline of the coasts (Natural Earth, public
 * domain) under the corridors, fences and positions, as it also does while tiles cannot be reached.
 */
@ConfigurationProperties("rantai.console")
public record ConsoleProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        String tileUrl,

        @DefaultValue("© OpenStreetMap contributors") String tileAttribution) {

    /** The tile server's origin, which the Content-Security-Policy must allow images from; null for none. */
    public @Nullable String tileOrigin() {
        if (tileUrl == null || tileUrl.isBlank()) {
            return null;
        }
        // {s} is a subdomain letter (a.tile…, b.tile…): allow the whole parent domain then.
        URI u = URI.create(tileUrl.replace("{s}", "a").replaceAll("\\{[a-z]+}", "0"));
        String host = tileUrl.contains("{s}")
                ? "*." + u.getHost().substring(u.getHost().indexOf('.') + 1)
                : u.getHost();
        return u.getScheme() + "://" + host + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }
}
