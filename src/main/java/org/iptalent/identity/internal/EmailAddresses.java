package org.iptalent.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.iptalent.shared.BusinessRuleException;

/** The shape of an e-mail address a user gives for notices, and the languages their e-mails can be in. */
public final class EmailAddresses {

    /** One {@code @}, no spaces, a dot in the domain (RFC 5321's limits: 64 for the local part, 254 in all). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /**
     * A dot-atom local part (RFC 5322's atext, and any letter beyond ASCII as RFC 6532 allows): no quotes, comments,
     * backslashes or separators, which a mail library reads as something else than the address.
     */
    private static final Pattern LOCAL_PART = Pattern.compile("[\\p{L}\\p{N}\\p{M}!#$%&'*+/=?^_`{|}~-]+"
            + "(\\.[\\p{L}\\p{N}\\p{M}!#$%&'*+/=?^_`{|}~-]+)*");
    /** Domain labels of letters, digits and inner hyphens (an internationalised name in its Unicode form too). */
    private static final Pattern DOMAIN = Pattern.compile("([\\p{L}\\p{N}\\p{M}]([\\p{L}\\p{N}\\p{M}-]{0,61}"
            + "[\\p{L}\\p{N}\\p{M}])?\\.)+[\\p{L}\\p{N}\\p{M}]([\\p{L}\\p{N}\\p{M}-]{0,61}[\\p{L}\\p{N}\\p{M}])?");
    private static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** The address trimmed, or null when blank; refused ({@code field}) when it is no address. */
    public static String normalise(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.trim();
        if (address.length() > MAX_LENGTH || !EMAIL.matcher(address).matches()
                || address.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == ',')
                || !LOCAL_PART.matcher(address.substring(0, address.indexOf('@'))).matches()
                || !DOMAIN.matcher(address.substring(address.indexOf('@') + 1)).matches()
                || !sendable(address)) {
            throw new BusinessRuleException(field, "user.email.format");
        }
        return address;
    }

    /**
     * Whether the mail library reads the address strictly as itself, as the outbox will when it addresses the
     * e-mail: an address it refuses there would never be sent.
     */
    private static boolean sendable(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return parsed.getPersonal() == null && address.equals(parsed.getAddress());
        } catch (AddressException e) {
            return false;
        }
    }

    /** The language tag of an e-mail language the platform writes in ({@code zh-CN} or {@code en}). */
    public static String language(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "zh-CN", "zh" -> "zh-CN";
            case "en" -> "en";
            default -> throw new BusinessRuleException(field, "user.language.unknown");
        };
    }

    /** The locale of a stored language tag: Chinese when none. */
    static Locale locale(String languageTag) {
        return languageTag == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(languageTag);
    }
}
