package org.iptalent.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class SheetColumnsTests {

    private final SheetColumns columns = new SheetColumns("import.column.", List.of(
            new SheetColumns.Column("name", "姓名", true), new SheetColumns.Column("mobile", "手机号码", false)));
    private final StaticMessageSource messages = new StaticMessageSource();

    SheetColumnsTests() {
        messages.addMessage("import.column.name", Locale.ENGLISH, "Name");
        messages.addMessage("import.column.mobile", Locale.ENGLISH, "Mobile");
        messages.addMessage("import.column.name", Locale.SIMPLIFIED_CHINESE, "姓名");
    }

    @Test
    void aHeaderNamesItsFieldInChineseOrEnglishWithOrWithoutTheTemplatesRequiredMark() {
        assertThat(columns.field("姓名", messages)).contains("name");
        assertThat(columns.field(" 姓名 * ", messages)).contains("name");
        assertThat(columns.field("姓名＊", messages)).contains("name");
        assertThat(columns.field("NAME *", messages)).contains("name");
        assertThat(columns.field("mobile", messages)).contains("mobile");
        assertThat(columns.field("手机", messages)).isEmpty();
        assertThat(columns.field("*", messages)).isEmpty();
    }

    @Test
    void aFieldIsHeadedInTheReadersLanguageAndRequiredColumnsAreListed() {
        assertThat(columns.header("name", messages, Locale.ENGLISH)).isEqualTo("Name");
        assertThat(columns.header("mobile", messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("手机号码");
        assertThat(columns.required()).extracting(SheetColumns.Column::field).containsExactly("name");
    }
}
