package id.rantai.webhook.endpoint;

import id.rantai.shared.InvalidInputException;
import id.rantai.webhook.WebhookProperties;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which addresses Rantai will call. An endpoint is an absolute https URL (http only where allowed)
 * without user name or password; unless private networks are allowed, its host must not be or
 * resolve to a loopback, private, link-local, unique-local or wildcard address, at registration
 * and again before every delivery, so that a name re-pointed later cannot turn a webhook into a
 * probe of the network Rantai runs in.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookAddresses {
    private final WebhookProperties properties;

    WebhookAddresses(WebhookProperties properties) {
        this.properties = properties;
    }

    /** The endpoint as given, checked; refused naming {@code url}. */
    public URI accepted(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw InvalidInputException.worded("url", "webhookUrl");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeAllowed = scheme.equals("https") || (scheme.equals("http") && properties.allowHttp());
        if (!schemeAllowed || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw InvalidInputException.worded("url", properties.allowHttp() ? "webhookUrl" : "webhookUrlHttps");
        }
        String refusal = refusal(uri, false);
        if (refusal != null) {
            throw InvalidInputException.worded("url", "webhookUrlPrivate");
        }
        return uri;
    }

    /**
     * Why Rantai will not call this endpoint now, or null when it may. At registration a name that
     * does not resolve yet is accepted (its address is checked at delivery); at delivery it is not.
     */
    public @Nullable String refusal(URI uri, boolean resolving) {
        if (properties.allowPrivateNetworks()) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return resolving ? "unknown host " + uri.getHost() : null;
        }
        for (InetAddress a : addresses) {
            if (internal(a)) {
                return uri.getHost() + " is an internal address (" + a.getHostAddress() + ")";
            }
        }
        return null;
    }

    static boolean internal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean sharedAddressSpace = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()
                || uniqueLocal
                || sharedAddressSpace;
    }
}
