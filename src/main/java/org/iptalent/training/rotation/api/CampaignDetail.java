package org.iptalent.training.rotation.api;

import java.util.List;

import org.iptalent.training.rotation.CampaignClass;
import org.iptalent.training.rotation.CampaignView;
import org.iptalent.training.rotation.Coverage;

/** A campaign over the API: itself, its coverage now (totals and by region), and its classes. */
record CampaignDetail(CampaignView campaign, Coverage coverage, List<CampaignClass> classes) {
}
