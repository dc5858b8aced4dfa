package org.iptalent.training.base.web;

import org.iptalent.training.base.BaseView;
import org.iptalent.training.base.ContactInput;

/** A base manager's form: the contact details and description, as typed. */
public class ContactForm {

    private String address;
    private String contactName;
    private String contactPhone;
    private String description;
    private boolean clearPhone;

    static ContactForm of(BaseView base) {
        ContactForm form = new ContactForm();
        form.address = base.address();
        form.contactName = base.contactName();
        form.description = base.description();
        return form;
    }

    ContactInput toInput() {
        return new ContactInput(address, contactName, contactPhone, description, clearPhone);
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isClearPhone() {
        return clearPhone;
    }

    public void setClearPhone(boolean clearPhone) {
        this.clearPhone = clearPhone;
    }
}
