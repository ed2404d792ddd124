package io.sqlwire.core.transport;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Host name verification per RFC 6125, as libpq's {@code verify-full} does it:
 * <ul>
 *   <li>an IP literal matches an iPAddress SAN with the same address;</li>
 *   <li>a host name matches a dNSName SAN, case-insensitively, ignoring one trailing dot; a
 *       {@code *} is allowed only as the whole left-most label and matches exactly one label;</li>
 *   <li>the subject CN is used only when the certificate has no dNSName SAN.</li>
 * </ul>
 * The name checked is the host name the user gave, never the address it resolved to.
 */
final class HostnameMatcher {
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    /** The names a certificate is valid for. */
    record Names(List<String> dnsNames, List<String> ipAddresses, String commonName) {
        /** Every name, for messages: {@code localhost, 127.0.0.1, ::1}. */
        String describe() {
            List<String> all = new ArrayList<>(dnsNames);
            ipAddresses.forEach(ip -> all.add(ip.indexOf(':') >= 0 ? Addresses.compress(ip) : ip));
            if (dnsNames.isEmpty() && commonName != null) {
                all.add(0, commonName);
            }
            return all.isEmpty() ? "no names" : String.join(", ", all);
        }
    }

    private HostnameMatcher() {
    }

    static boolean isIpLiteral(String host) {
        return Addresses.isIpLiteral(host);
    }

    static Names names(X509Certificate cert) throws CertificateParsingException {
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        var sans = cert.getSubjectAlternativeNames();
        if (sans != null) {
            for (List<?> san : sans) {
                int type = (Integer) san.get(0);
                if (type == SAN_DNS) {
                    dns.add((String) san.get(1));
                } else if (type == SAN_IP) {
                    ips.add((String) san.get(1));
                }
            }
        }
        String cn;
        try {
            cn = Der.commonName(cert.getSubjectX500Principal().getEncoded());
        } catch (IllegalArgumentException e) {
            cn = null;
        }
        return new Names(dns, ips, cn);
    }

    /** Whether the certificate with these names is valid for {@code host}. */
    static boolean matches(Names names, String host) {
        if (isIpLiteral(host)) {
            for (String ip : names.ipAddresses()) {
                if (sameAddress(ip, host)) {
                    return true;
                }
            }
            return names.dnsNames().isEmpty() && names.commonName() != null
                    && names.ipAddresses().isEmpty() && sameAddress(names.commonName(), host);
        }
        String h = normalize(host);
        if (!names.dnsNames().isEmpty()) {
            return names.dnsNames().stream().anyMatch(p -> matchesPattern(normalize(p), h));
        }
        return names.commonName() != null && matchesPattern(normalize(names.commonName()), h);
    }

    /** {@code *.example.com} matches {@code a.example.com}, not {@code example.com} or {@code a.b.example.com}. */
    static boolean matchesPattern(String pattern, String host) {
        if (!pattern.startsWith("*.")) {
            return pattern.equals(host);
        }
        String suffix = pattern.substring(1); // ".example.com"
        if (suffix.indexOf('*') >= 0 || suffix.chars().filter(c -> c == '.').count() < 2) {
            return false; // no wildcard over a public suffix such as *.com
        }
        int firstDot = host.indexOf('.');
        return firstDot > 0 && host.substring(firstDot).equals(suffix);
    }

    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static boolean sameAddress(String a, String b) {
        if (!isIpLiteral(a)) {
            return false;
        }
        try {
            // literals only: getByName does no DNS lookup for them
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
