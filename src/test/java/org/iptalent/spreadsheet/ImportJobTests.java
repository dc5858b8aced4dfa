package org.iptalent.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImportJobTests {

    private static ImportJob job(String status, int total, int processed) {
        return new ImportJob(1, "TalentImport", ImportJob.State.valueOf(status), "f.xlsx", total, processed,
                new ImportCounts(0, 0, 0, Map.of()), 0, false, false, null, "someone", Instant.now(), null);
    }

    @Test
    void theLastStepIsShownOnceEveryRowHasBeenChecked() {
        assertThat(job("RUNNING", 1000, 1000).finishing()).isTrue();
        assertThat(job("RUNNING", 1000, 995).finishing()).isFalse();
        // a file that does not say how many rows it holds: unknown until every row has been read
        assertThat(job("RUNNING", 0, 5000).finishing()).isFalse();
        assertThat(job("RUNNING", 0, 0).finishing()).isFalse();
        assertThat(job("QUEUED", 0, 0).finishing()).isFalse();
        assertThat(job("COMPLETED", 1000, 1000).finishing()).isFalse();
        assertThat(job("FAILED", 1000, 1000).finishing()).isFalse();
    }

    @Test
    void progressNeverShowsFullBeforeTheJobHasFinished() {
        assertThat(job("RUNNING", 1000, 1000).percent()).isEqualTo(99);
        assertThat(job("RUNNING", 1000, 500).percent()).isEqualTo(50);
        assertThat(job("COMPLETED", 1000, 1000).percent()).isEqualTo(100);
    }
}
