package org.iptalent.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FieldCipherTests {

    private final FieldCipher cipher = new FieldCipher(key(1));

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void encryptsWithAFreshNonceAndDecryptsBack() {
        String a = cipher.encrypt("110105199001011234");
        String b = cipher.encrypt("110105199001011234");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("1101051990");
        assertThat(cipher.decrypt(a)).isEqualTo("110105199001011234");
    }

    @Test
    void lookupHashIsStableAndKeyed() {
        assertThat(cipher.lookupHash("13812345678")).isEqualTo(cipher.lookupHash("13812345678"));
        assertThat(new FieldCipher(key(2)).lookupHash("13812345678")).isNotEqualTo(cipher.lookupHash("13812345678"));
    }

    @Test
    void refusesAlteredCiphertextOrAnotherKey() {
        String sealed = cipher.encrypt("secret");
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldCipher(key(2)).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
