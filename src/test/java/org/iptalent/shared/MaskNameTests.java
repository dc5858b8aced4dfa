package org.iptalent.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's name as someone who may only confirm it sees it: the first character of each word. */
class MaskNameTests {

    @Test
    void aChineseNameKeepsItsFirstCharacter() {
        assertThat(Masks.name("张三丰")).isEqualTo("张**");
        assertThat(Masks.name("李四")).isEqualTo("李*");
        assertThat(Masks.name("欧阳明月")).isEqualTo("欧***");
        assertThat(Masks.name(" 王五 ")).isEqualTo("王*");
    }

    @Test
    void aNameInLatinLettersKeepsEachWordsFirstLetter() {
        assertThat(Masks.name("Wang Fang")).isEqualTo("W*** F***");
        assertThat(Masks.name("Li  Lei")).isEqualTo("L* L**");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOne() {
        assertThat(Masks.name("𠀀明")).isEqualTo("𠀀*");
    }

    @Test
    void nothingStaysNothing() {
        assertThat(Masks.name(null)).isNull();
        assertThat(Masks.name("")).isEmpty();
    }
}
