package io.sinoscope.query.service;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A name service that answers as a DNS-rebinding host does: each lookup of a scripted name gets the next scripted
 * answer (the last one again once they run out), with the name attached as real answers carry it; any other name is
 * looked up for real. Only the address lookup is replaced; connections go to real sockets. A test profile enables it
 * as the {@link HostLookup} bean; unit tests make their own.
 */
@Alternative
@Singleton
public class RebindingHostLookup implements HostLookup {

    private final Map<String, Deque<InetAddress[]>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

    /** The next lookup of host (after those already scripted) answers these literal addresses. */
    public RebindingHostLookup then(String host, String... literals) {
        InetAddress[] answer = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            try {
                answer[i] = InetAddress.getByAddress(host, InetAddress.getByName(literals[i]).getAddress());
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address literal: " + literals[i], e);
            }
        }
        answers.computeIfAbsent(host, h -> new ArrayDeque<>()).add(answer);
        return this;
    }

    /** How often host was looked up. */
    public int lookups(String host) {
        AtomicInteger count = lookups.get(host);
        return count == null ? 0 : count.get();
    }

    @Override
    public InetAddress[] addresses(String host) throws UnknownHostException {
        Deque<InetAddress[]> scripted = answers.get(host);
        if (scripted == null) {
            return InetAddress.getAllByName(host);
        }
        lookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
        synchronized (scripted) {
            return scripted.size() > 1 ? scripted.poll() : scripted.peek();
        }
    }
}
