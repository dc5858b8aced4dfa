package org.iptalent.training.survey;

import java.util.Locale;

/**
 * An item as a form shows it, whether of the questionnaire now or of a survey as it was sent: its place and its
 * {@link ItemContent}, whose parts it reads through.
 */
public interface SurveyQuestion {

    int getPosition();

    ItemContent getContent();

    default String getTextZh() {
        return getContent().getTextZh();
    }

    default String getTextEn() {
        return getContent().getTextEn();
    }

    default ItemKind getKind() {
        return getContent().getKind();
    }

    default Aspect getAspect() {
        return getContent().getAspect();
    }

    default boolean isRequired() {
        return getContent().isRequired();
    }

    /** The wording in the reader's language: English for English readers, Chinese for everyone else. */
    default String text(Locale locale) {
        return text(this, locale);
    }

    /** The wording of {@code item} in the reader's language: English for English readers, Chinese for everyone else. */
    static String text(SurveyQuestion item, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? item.getTextEn() : item.getTextZh();
    }
}
