package dev.clientele.adapter.crm.zendesk.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/** Law: every text put into the spill file reads back unchanged, whatever came before or after it. */
class TextSpillProperties {

    @Test
    void everyStoredTextReadsBackUnchangedInAnyOrder() {
        qt().withExamples(200)
                .forAll(lists().of(strings().betweenCodePoints(0x20, 0x2FFF).ofLengthBetween(0, 400)).ofSizeBetween(0, 60),
                        integers().between(0, 1000))
                .checkAssert((texts, stride) -> {
                    try (TextSpill spill = TextSpill.create()) {
                        List<TextSpill.Text> refs = new ArrayList<>();
                        for (String text : texts) {
                            refs.add(spill.put(text + "ąę😀"));
                        }
                        for (int i = 0; i < texts.size(); i++) {
                            int j = (i * (stride + 1)) % texts.size();
                            assertThat(spill.get(refs.get(j))).isEqualTo(texts.get(j) + "ąę😀");
                        }
                    }
                });
    }

    @Test
    void keepsTextsLargerThanItsBufferAndTheSmallOnesAroundThem() {
        String large = "Zażółć gęślą jaźń. ".repeat(80_000);
        try (TextSpill spill = TextSpill.create()) {
            TextSpill.Text before = spill.put("before");
            TextSpill.Text big = spill.put(large);
            TextSpill.Text after = spill.put("after");
            TextSpill.Text nothing = spill.put(null);

            assertThat(spill.get(after)).isEqualTo("after");
            assertThat(spill.get(big)).isEqualTo(large);
            assertThat(spill.get(before)).isEqualTo("before");
            assertThat(nothing).isNull();
            assertThat(spill.get(null)).isNull();
        }
    }
}
