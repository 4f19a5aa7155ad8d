package io.sinoscope.query.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The one place webhook delivery asks the name service for a host's addresses. {@link WebhookTargets} checks what
 * this answers and {@link WebhookSender} connects to the address it checked, so nothing else resolves the name between
 * the check and the connection (a DNS-rebinding host cannot answer one address to the check and another to the
 * connect). The production bean is {@link SystemHostLookup}; a test may enable an alternative that answers as a
 * rebinding name server would.
 */
public interface HostLookup {

    /** Every address the host resolves to now, in the system's preference order; a literal address is itself. */
    InetAddress[] addresses(String host) throws UnknownHostException;
}
