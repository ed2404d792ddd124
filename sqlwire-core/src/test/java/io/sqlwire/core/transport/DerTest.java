package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DerTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void wrapsAKeyIntoPkcs8ByteForByte() {
        byte[] pkcs1 = {0x30, 0x03, 0x02, 0x01, 0x00}; // stand-in content
        byte[] out = Der.pkcs8(Der.OID_RSA, Der.tlv(Der.NULL), pkcs1);
        assertThat(HEX.formatHex(out)).isEqualTo(
                "3019" // SEQUENCE, 25 bytes
                        + "020100" // INTEGER 0
                        + "300d" + "06092a864886f70d010101" + "0500" // AlgorithmIdentifier rsaEncryption, NULL
                        + "0405" + "3003020100"); // OCTET STRING with the key
    }

    @Test
    void longLengthsUseTheMultiByteForm() {
        assertThat(HEX.formatHex(Der.tlv(0x04, new byte[200]), 0, 3)).isEqualTo("0481c8");
        assertThat(HEX.formatHex(Der.tlv(0x04, new byte[300]), 0, 4)).isEqualTo("0482012c");
        assertThat(Der.parse(Der.tlv(0x04, new byte[300])).content()).hasSize(300);
    }

    @Test
    void readsTheLastCommonName() {
        // SEQUENCE { SET { SEQUENCE { OID 2.5.4.10, UTF8 "o" } }, SET { SEQUENCE { OID 2.5.4.3, UTF8 "db" } } }
        byte[] name = Der.tlv(Der.SEQUENCE,
                Der.tlv(Der.SET, Der.tlv(Der.SEQUENCE, Der.tlv(Der.OID, new byte[] {0x55, 0x04, 0x0A}), Der.tlv(0x0C, "o".getBytes()))),
                Der.tlv(Der.SET, Der.tlv(Der.SEQUENCE, Der.tlv(Der.OID, Der.OID_COMMON_NAME), Der.tlv(0x0C, "db".getBytes()))));
        assertThat(Der.commonName(name)).isEqualTo("db");
    }

    @Test
    void truncatedInputIsAnIllegalArgumentNotAnIndexError() {
        assertThatThrownBy(() -> Der.parse(new byte[] {0x30, 0x05, 0x02})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Der.parse(new byte[] {0x30})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Der.parse(new byte[] {0x30, (byte) 0x84, 1, 1, 1, 1})).isInstanceOf(IllegalArgumentException.class);
    }
}
