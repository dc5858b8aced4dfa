package org.iptalent.training.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many marks or results a request recorded. */
record Recorded(@Schema(description = "Marks or results recorded") int recorded) {
}
