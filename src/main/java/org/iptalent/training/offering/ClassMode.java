package org.iptalent.training.offering;

public enum ClassMode {
    IN_PERSON, ONLINE, MIXED
}
