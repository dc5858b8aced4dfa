package org.iptalent.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.iptalent.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class EmailAddressesTests {

    @Test
    void anAddressIsTrimmedAndBlankIsNone() {
        assertThat(EmailAddresses.normalise("email", "  zhang.san@example.cn ")).isEqualTo("zhang.san@example.cn");
        assertThat(EmailAddresses.normalise("email", "王@例子.中国")).isEqualTo("王@例子.中国");
        assertThat(EmailAddresses.normalise("email", "o'brien+notices@mail-1.example.cn"))
                .isEqualTo("o'brien+notices@mail-1.example.cn");
        assertThat(EmailAddresses.normalise("email", " ")).isNull();
        assertThat(EmailAddresses.normalise("email", null)).isNull();
    }

    @Test
    void whatIsNoAddressIsRefused() {
        for (String bad : List.of("zhang", "zhang@", "@example.cn", "zhang@example", "a b@example.cn",
                "a@b@example.cn", "a@example.cn, b@example.cn", "Zhang <z@example.cn>", "a@example..cn",
                "x".repeat(65) + "@example.cn", "a@" + "b".repeat(250) + ".cn", "a@example.cn\r\nBcc: c@x.cn",
                // what the mail library reads as something else (and the outbox could then never address)
                "a\"b@x.cn", "a(b@x.cn", "a)b@x.cn", "a;b@x.cn", "a:b@x.cn", "a[b@x.cn", "a\\b@x.cn", ".a@x.cn",
                "a.@x.cn", "a..b@x.cn", "a@-x.cn", "a@x-.cn", "a@x_y.cn", "a@[1.2.3.4]", "a@x.cn(c)")) {
            assertThatThrownBy(() -> EmailAddresses.normalise("email", bad)).as(bad)
                    .isInstanceOf(BusinessRuleException.class).hasMessage("user.email.format");
        }
    }

    @Test
    void theLanguagesOfEmailsAreChineseAndEnglish() {
        assertThat(EmailAddresses.language("language", "en")).isEqualTo("en");
        assertThat(EmailAddresses.language("language", "zh-CN")).isEqualTo("zh-CN");
        assertThat(EmailAddresses.language("language", "")).isNull();
        assertThatThrownBy(() -> EmailAddresses.language("language", "fr")).hasMessage("user.language.unknown");
        assertThat(EmailAddresses.locale(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(EmailAddresses.locale("en")).isEqualTo(Locale.ENGLISH);
    }
}
