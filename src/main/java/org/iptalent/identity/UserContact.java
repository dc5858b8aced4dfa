package org.iptalent.identity;

import java.util.Locale;

/**
 * How to reach a user outside the platform.
 *
 * @param userId      the account
 * @param displayName the name to greet them by
 * @param email       the address their notices are e-mailed to, in clear; null when they gave none
 * @param language    the language their e-mails are written in (Chinese unless they chose another)
 */
public record UserContact(long userId, String displayName, String email, Locale language) {
}
