package org.iptalent.reference;

/** An IPC section (one letter) or class (letter and two digits). */
public record IpcClass(String code, String parentCode, String nameZh, String nameEn) implements Localized {

    public boolean isSection() {
        return parentCode == null;
    }
}
