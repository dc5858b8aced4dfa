package org.iptalent.training.base.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.training.base.BaseInput;
import org.iptalent.training.base.BaseView;

/** The designation and edit form of a base, its fields as typed. */
public class BaseForm {

    private String name;
    private String level;
    private String regionCode;
    private String hostOrganisationId;
    private String designatedOn;
    private String basis;
    private List<String> teams = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String address;
    private String contactName;
    private String contactPhone;
    private String description;
    private boolean clearPhone;

    static BaseForm of(BaseView base) {
        BaseForm form = new BaseForm();
        form.name = base.name();
        form.level = base.level().name();
        form.regionCode = base.regionCode();
        form.hostOrganisationId = String.valueOf(base.hostOrganisationId());
        form.designatedOn = base.designatedOn().toString();
        form.teams = new ArrayList<>(base.teams());
        form.categories = new ArrayList<>(base.categories());
        form.address = base.address();
        form.contactName = base.contactName();
        // the phone is never shown in clear: left empty, it is kept as it is
        form.description = base.description();
        return form;
    }

    BaseInput toInput(FormValues values) {
        return new BaseInput(name, level, regionCode, values.id("hostOrganisationId", hostOrganisationId),
                values.date("designatedOn", designatedOn), basis, teams, categories, address, contactName,
                contactPhone, description, clearPhone);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getHostOrganisationId() {
        return hostOrganisationId;
    }

    public void setHostOrganisationId(String hostOrganisationId) {
        this.hostOrganisationId = hostOrganisationId;
    }

    public String getDesignatedOn() {
        return designatedOn;
    }

    public void setDesignatedOn(String designatedOn) {
        this.designatedOn = designatedOn;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public List<String> getTeams() {
        return teams;
    }

    public void setTeams(List<String> teams) {
        this.teams = teams == null ? new ArrayList<>() : teams;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isClearPhone() {
        return clearPhone;
    }

    public void setClearPhone(boolean clearPhone) {
        this.clearPhone = clearPhone;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
