package org.iptalent.demand;

/** When the reported staff are needed: now, or in one, three or five years. */
public enum DemandHorizon {
    NOW, Y1, Y3, Y5
}
