package io.sinoscope.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The JVM's resolver (system configuration, /etc/hosts, DNS; with the JVM's own short cache). */
@ApplicationScoped
public class SystemHostLookup implements HostLookup {

    @Override
    public InetAddress[] addresses(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
