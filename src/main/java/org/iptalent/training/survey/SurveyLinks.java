package org.iptalent.training.survey;

/** The platform paths of surveys, for notices and pages. */
public final class SurveyLinks {

    private SurveyLinks() {
    }

    /** Where a trainee answers a survey. */
    public static String answer(long surveyId) {
        return "/surveys/" + surveyId;
    }

    /** A class's survey results, for whoever runs the class. */
    public static String results(long classId) {
        return "/classes/" + classId + "/survey";
    }
}
