package org.iptalent.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;

/** The talent form as posted; checked by the registry's one validator, not here. */
public class TalentForm {

    private String name;
    private String gender;
    private String identityNumber;
    private String mobile;
    private String email;
    /** Sensitive fields are never shown, so an empty one keeps its value; removing one is asked for explicitly. */
    private boolean clearMobile;
    private boolean clearEmail;
    private String education;
    private String discipline;
    private String major;
    private String employerCreditCode;
    private String employerName;
    private String regionCode;
    private String industryCode;
    private List<String> categories = new ArrayList<>();
    private String position;
    private String languages;
    private String internationalExperience;
    private String status = "ACTIVE";
    private long version;

    static TalentForm of(TalentView t) {
        TalentForm form = new TalentForm();
        form.name = t.name();
        form.gender = t.gender().name();
        form.education = t.education();
        form.discipline = t.discipline();
        form.major = t.major();
        form.employerCreditCode = t.employerCreditCode();
        form.employerName = t.employerCreditCode() == null ? t.employerName() : null;
        form.regionCode = t.regionCode();
        form.industryCode = t.industryCode();
        form.categories = new ArrayList<>(t.categories().stream().map(TalentView.CategoryView::category).toList());
        form.position = t.position();
        form.languages = t.languages();
        form.internationalExperience = t.internationalExperience();
        form.status = t.status();
        form.version = t.version();
        return form;
    }

    TalentInput toInput(String identityNumber, String mobile, String email) {
        return new TalentInput(name, gender, null, identityNumber, mobile, email, education, discipline, major,
                employerName, employerCreditCode, regionCode, industryCode, categories, position, languages,
                internationalExperience, status);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getIdentityNumber() { return identityNumber; }
    public void setIdentityNumber(String identityNumber) { this.identityNumber = identityNumber; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isClearMobile() { return clearMobile; }
    public void setClearMobile(boolean clearMobile) { this.clearMobile = clearMobile; }
    public boolean isClearEmail() { return clearEmail; }
    public void setClearEmail(boolean clearEmail) { this.clearEmail = clearEmail; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public String getDiscipline() { return discipline; }
    public void setDiscipline(String discipline) { this.discipline = discipline; }
    public String getMajor() { return major; }
    public void setMajor(String major) { this.major = major; }
    public String getEmployerCreditCode() { return employerCreditCode; }
    public void setEmployerCreditCode(String employerCreditCode) { this.employerCreditCode = employerCreditCode; }
    public String getEmployerName() { return employerName; }
    public void setEmployerName(String employerName) { this.employerName = employerName; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories == null ? new ArrayList<>() : categories; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getInternationalExperience() { return internationalExperience; }
    public void setInternationalExperience(String value) { this.internationalExperience = value; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
