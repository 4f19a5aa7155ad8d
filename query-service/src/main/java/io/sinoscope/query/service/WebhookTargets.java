package io.sinoscope.query.service;

import io.sinoscope.query.config.WatchConfig;
import io.sinoscope.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard of webhook URLs: http or https with a host, and every address the host resolves to outside the
 * ranges a service must not be made to call into (loopback, link-local with the cloud metadata address, private,
 * shared/carrier-grade, unique-local, multicast, unspecified), unless {@code sinoscope.watch.allow-private-targets}.
 * Checked when a watch is created or changed, and again before every send (a name may resolve elsewhere by then).
 * Redirects are never followed, so the checked address is the one called (but for a name re-resolved in between).
 */
@ApplicationScoped
public class WebhookTargets {

    private final boolean allowPrivate;

    @Inject
    public WebhookTargets(WatchConfig config) {
        this(config.allowPrivateTargets());
    }

    WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL, checked; a 400 problem naming what is wrong (for a refused address, its class). */
    public URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("webhookUrl is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.badRequest("webhookUrl must be an http or https URL, was " + url);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.badRequest("webhookUrl has no host: " + url);
        }
        if (uri.getUserInfo() != null) {
            throw ProblemException.badRequest("webhookUrl must not carry credentials (user:password@): the "
                    + "deliveries are signed with the watch's secret instead");
        }
        refusal(uri.getHost()).ifPresent(reason -> {
            throw ProblemException.badRequest("webhookUrl " + reason);
        });
        return uri;
    }

    /** Why the host may not be called (resolved now), or empty if it may. */
    public Optional<String> refusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            String range = restrictedRange(address);
            if (range != null) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress() + ", a " + range
                        + " address: webhooks may not target loopback, link-local, private, unique-local or "
                        + "multicast addresses (sinoscope.watch.allow-private-targets is false)");
            }
        }
        return Optional.empty();
    }

    /** The class of a restricted address, or null for a public one. */
    static String restrictedRange(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress() || (address instanceof Inet4Address && b[0] == 0)) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return "private (shared 100.64.0.0/10)";
        }
        if (address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "unique-local";
        }
        return null;
    }
}
