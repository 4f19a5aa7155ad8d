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

/**
 * The SSRF guard of webhook URLs: http or https with a host, and every address the host resolves to outside the
 * ranges a service must not be made to call into (loopback, link-local with the cloud metadata address, private,
 * shared/carrier-grade, unique-local, multicast, unspecified), unless {@code sinoscope.watch.allow-private-targets}.
 * Checked when a watch is created or changed, and again before every send (a name may resolve elsewhere by then): a
 * send resolves the host once ({@link #resolve}), and {@link WebhookSender} connects to the address that was checked,
 * never to a second answer of the name service (DNS rebinding). Redirects are never followed.
 */
@ApplicationScoped
public class WebhookTargets {

    private final boolean allowPrivate;
    private final HostLookup names;

    /**
     * A host resolved once: the address a send connects to (the first the name service gave, every one of them
     * checked), or why the host may not be called.
     */
    public record Resolution(InetAddress address, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    @Inject
    public WebhookTargets(WatchConfig config, HostLookup names) {
        this(config.allowPrivateTargets(), names);
    }

    WebhookTargets(boolean allowPrivate, HostLookup names) {
        this.allowPrivate = allowPrivate;
        this.names = names;
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
        Resolution resolution = resolve(uri.getHost());
        if (resolution.refused()) {
            throw ProblemException.badRequest("webhookUrl " + resolution.refusal());
        }
        return uri;
    }

    /**
     * Resolves the host now and checks every address it gave (one restricted address refuses the host: a client must
     * not pick which one is connected to). The address returned carries no host name, so nothing can resolve it again.
     */
    public Resolution resolve(String host) {
        InetAddress[] addresses;
        try {
            addresses = names.addresses(host);
        } catch (UnknownHostException e) {
            return new Resolution(null, "host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            return new Resolution(null, "host " + host + " does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                String range = restrictedRange(address);
                if (range != null) {
                    return new Resolution(null, "host " + host + " resolves to " + address.getHostAddress() + ", a "
                            + range + " address: webhooks may not target loopback, link-local, private, "
                            + "unique-local or multicast addresses (sinoscope.watch.allow-private-targets is false)");
                }
            }
        }
        return new Resolution(nameless(addresses[0]), null);
    }

    /** The same address without the host name it was looked up by. */
    private static InetAddress nameless(InetAddress address) {
        try {
            if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
                return Inet6Address.getByAddress(null, v6.getAddress(), v6.getScopeId());
            }
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of " + address.getAddress().length + " bytes", e);
        }
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
