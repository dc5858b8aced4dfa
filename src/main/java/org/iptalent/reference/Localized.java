package org.iptalent.reference;

import java.util.Locale;

/** A coded value with a Chinese and an English name. */
public interface Localized {

    String code();

    String nameZh();

    String nameEn();

    default String name(Locale locale) {
        return isEnglish(locale) ? nameEn() : nameZh();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
