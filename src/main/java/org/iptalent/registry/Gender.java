package org.iptalent.registry;

public enum Gender { MALE, FEMALE }
