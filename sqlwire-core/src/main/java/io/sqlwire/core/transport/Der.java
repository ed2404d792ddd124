package io.sqlwire.core.transport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few DER pieces key loading needs: wrapping PKCS#1 and SEC1 keys into PKCS#8, and reading
 * a certificate subject's common name. Not a general ASN.1 library.
 */
final class Der {
    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;

    /** rsaEncryption, 1.2.840.113549.1.1.1, as the content bytes of an OID. */
    static final byte[] OID_RSA = {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01};
    /** id-ecPublicKey, 1.2.840.10045.2.1. */
    static final byte[] OID_EC_PUBLIC_KEY = {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01};
    /** id-at-commonName, 2.5.4.3. */
    static final byte[] OID_COMMON_NAME = {0x55, 0x04, 0x03};

    /** One decoded element: its tag and content bytes. */
    record Element(int tag, byte[] content) {
    }

    private Der() {
    }

    /** A complete TLV: {@code tag}, the DER length, {@code content}. */
    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        byte[] content = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        writeLength(out, content.length);
        out.writeBytes(content);
        return out.toByteArray();
    }

    /**
     * PKCS#8 PrivateKeyInfo: {@code SEQUENCE { INTEGER 0, SEQUENCE { OID alg, params }, OCTET STRING key }}.
     *
     * @param algorithmParams the DER of the AlgorithmIdentifier parameters (NULL for RSA, the curve OID for EC)
     */
    static byte[] pkcs8(byte[] algorithmOid, byte[] algorithmParams, byte[] privateKey) {
        byte[] algId = tlv(SEQUENCE, tlv(OID, algorithmOid), algorithmParams);
        return tlv(SEQUENCE, tlv(INTEGER, new byte[] {0}), algId, tlv(OCTET_STRING, privateKey));
    }

    /** The elements directly inside a constructed element's content. */
    static List<Element> children(byte[] content) {
        List<Element> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < content.length) {
            out.add(read(content, pos));
        }
        return out;
    }

    /** Parses exactly one element spanning all of {@code der}. */
    static Element parse(byte[] der) {
        int[] pos = {0};
        Element e = read(der, pos);
        if (pos[0] != der.length) {
            throw new IllegalArgumentException("trailing bytes after DER element");
        }
        return e;
    }

    /** The first common name in a DER X.500 name (SEQUENCE of SET of SEQUENCE {OID, value}), or null. */
    static String commonName(byte[] x500Name) {
        String found = null;
        for (Element rdn : children(parse(x500Name).content())) {
            for (Element atv : children(rdn.content())) {
                List<Element> pair = children(atv.content());
                if (pair.size() == 2 && java.util.Arrays.equals(pair.get(0).content(), OID_COMMON_NAME)) {
                    found = text(pair.get(1)); // the last CN is the most specific one
                }
            }
        }
        return found;
    }

    private static String text(Element value) {
        return value.tag() == 0x1E // BMPString
                ? new String(value.content(), StandardCharsets.UTF_16BE)
                : new String(value.content(), StandardCharsets.UTF_8);
    }

    private static Element read(byte[] b, int[] pos) {
        int p = pos[0];
        require(b, p, 2);
        int tag = b[p++] & 0xFF;
        int len = b[p++] & 0xFF;
        if (len >= 0x80) {
            int n = len & 0x7F;
            if (n == 0 || n > 3) {
                throw new IllegalArgumentException("unsupported DER length form");
            }
            require(b, p, n);
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (b[p++] & 0xFF);
            }
        }
        require(b, p, len);
        byte[] content = java.util.Arrays.copyOfRange(b, p, p + len);
        pos[0] = p + len;
        return new Element(tag, content);
    }

    private static void require(byte[] b, int pos, int n) {
        if (n < 0 || pos + n > b.length) {
            throw new IllegalArgumentException("truncated DER at offset " + pos);
        }
    }

    private static void writeLength(ByteArrayOutputStream out, int len) {
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write(len >> 8);
            out.write(len);
        }
    }
}
