package org.iptalent.training.nomination;

/** One province's part in a nominated class: its quota and its nominations by where they stand. */
public record ProvinceQuota(String provinceCode, int quota, long nominated, long selected, long enrolled,
        long declined, long withdrawn) {

    /** The places of the quota its nominations take (withdrawn and declined ones free theirs). */
    public long holding() {
        return nominated + selected + enrolled;
    }

    public long room() {
        return Math.max(0, quota - holding());
    }
}
