package org.iptalent.spreadsheet;

/**
 * What an import is about when a file belongs to one record of its module (a class's attendance sheet): the
 * record's id, and the region it belongs to, which becomes the job's region. The module checks that the uploader
 * may act on the record before it submits, and again before it shows the record's jobs: a job of a subject is
 * visible to whoever may act on the subject, whatever their own region (a training base's manager has none).
 *
 * @param id         the record, as its module numbers it
 * @param regionCode its region (null for a national record)
 */
public record ImportSubject(long id, String regionCode) {
}
