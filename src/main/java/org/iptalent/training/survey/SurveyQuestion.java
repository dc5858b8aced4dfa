package org.iptalent.training.survey;

import java.util.Locale;

/** An item as a form shows it, whether of the questionnaire now or of a survey as it was sent. */
public interface SurveyQuestion {

    int getPosition();

    String getTextZh();

    String getTextEn();

    ItemKind getKind();

    Aspect getAspect();

    boolean isRequired();

    /** The wording in the reader's language: English for English readers, Chinese for everyone else. */
    static String text(SurveyQuestion item, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? item.getTextEn() : item.getTextZh();
    }
}
